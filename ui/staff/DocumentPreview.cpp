#include "ui/staff/DocumentPreview.h"

#include "ui/UiLogging.h"

#include <QBuffer>
#include <QDesktopServices>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

#ifdef HRDESK_HAVE_QT_PDF
#include <QPdfDocument>
#endif

namespace hrdesk::ui {

DocumentPreview::DocumentPreview(QWidget *parent)
    : QWidget(parent)
    , m_picture(new QLabel(this))
    , m_message(new QLabel(this))
    , m_open(new QPushButton(tr("Open in system viewer"), this))
{
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumSize(fontMetrics().averageCharWidth() * 40, fontMetrics().height() * 16);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_open->setToolTip(tr("Writes a temporary copy outside the encrypted database so that another program "
                          "can open it; the copy is deleted when this window closes."));
    connect(m_open, &QPushButton::clicked, this, &DocumentPreview::openExternally);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picture, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_open, 0, Qt::AlignHCenter);
    clear();
}

DocumentPreview::~DocumentPreview() = default;

bool DocumentPreview::rendersPdf()
{
#ifdef HRDESK_HAVE_QT_PDF
    return true;
#else
    return false;
#endif
}

void DocumentPreview::clear()
{
    m_bytes.clear();
    m_image = QImage();
    m_picture->clear();
    m_message->setText(tr("Choose a document to preview it."));
    m_open->hide();
}

bool DocumentPreview::hasPicture() const
{
    return !m_picture->pixmap().isNull();
}

void DocumentPreview::showDocument(const QString &fileName, const QString &mimeType, const QByteArray &bytes)
{
    m_fileName = fileName;
    m_mimeType = mimeType;
    m_bytes = bytes;
    m_image = QImage();
    m_picture->clear();
    m_open->show();
    if (mimeType.startsWith(QLatin1String("image/"))) {
        const QImage image = QImage::fromData(bytes);
        if (!image.isNull()) {
            showPicture(image);
            m_message->setText(tr("%1 (%2 × %3)").arg(fileName).arg(image.width()).arg(image.height()));
            return;
        }
        m_message->setText(tr("%1 cannot be shown: the image data is damaged or of an unknown kind.").arg(fileName));
        return;
    }
    if (mimeType == QLatin1String("application/pdf")) {
        if (rendersPdf()) {
            renderPdf();
            return;
        }
        m_message->setText(tr("This desk was built without a PDF renderer: open %1 in the system viewer.")
                               .arg(fileName));
        return;
    }
    m_message->setText(tr("No preview for this kind of file (%1): open it in the system viewer.").arg(mimeType));
}

void DocumentPreview::showPicture(const QImage &image)
{
    m_image = image;
    scalePicture();
}

void DocumentPreview::scalePicture()
{
    if (m_image.isNull())
        return;
    const qreal ratio = devicePixelRatioF();
    const QSize room = m_picture->size().expandedTo(m_picture->minimumSize()) * ratio;
    // Small images stay at their size: blown up they only look broken.
    QImage scaled = m_image.size().boundedTo(room) == m_image.size()
        ? m_image
        : m_image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    scaled.setDevicePixelRatio(ratio);
    m_picture->setPixmap(QPixmap::fromImage(scaled));
}

void DocumentPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scalePicture();
}

void DocumentPreview::renderPdf()
{
#ifdef HRDESK_HAVE_QT_PDF
    // The bytes stay in memory: a buffer, not a file beside the encrypted database.
    QPdfDocument document;
    QBuffer buffer(&m_bytes);
    buffer.open(QIODevice::ReadOnly);
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() < 1) {
        m_message->setText(tr("%1 cannot be shown: the PDF is damaged or protected.").arg(m_fileName));
        return;
    }
    // 150 dpi: sharp in a large pane, scaled down for a small one.
    const QSize size = (document.pagePointSize(0) * 150.0 / 72.0).toSize();
    QImage page = document.render(0, size);
    if (page.isNull()) {
        m_message->setText(tr("%1 cannot be shown: the PDF is damaged or protected.").arg(m_fileName));
        return;
    }
    // Pages without a background are transparent: show them on paper white.
    QImage paper(page.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter(&paper).drawImage(0, 0, page);
    showPicture(paper);
    m_message->setText(tr("%1 — page 1 of %n", nullptr, document.pageCount()).arg(m_fileName));
#endif
}

void DocumentPreview::openExternally()
{
    if (m_bytes.isEmpty())
        return;
    m_tempDir = std::make_unique<QTemporaryDir>();
    QFile file(m_tempDir->filePath(m_fileName.isEmpty() ? QStringLiteral("document") : m_fileName));
    if (!m_tempDir->isValid() || !file.open(QIODevice::WriteOnly) || file.write(m_bytes) != m_bytes.size()) {
        m_message->setText(tr("Cannot write a temporary copy of %1: %2").arg(m_fileName, file.errorString()));
        return;
    }
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(file.fileName()))) {
        qCWarning(lcUi) << "no viewer for" << m_mimeType;
        m_message->setText(tr("No program on this computer opens %1.").arg(m_fileName));
    }
}

} // namespace hrdesk::ui
