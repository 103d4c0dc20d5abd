#pragma once

#include <QByteArray>
#include <QImage>
#include <QWidget>

#include <memory>

class QBuffer;
class QLabel;
class QPushButton;
class QTemporaryDir;

namespace hrdesk::ui {

// Shows a stored document: images scaled into the pane, PDF page 1 rendered with Qt PDF when the
// desk was built with it (HRDESK_HAVE_QT_PDF). Anything else — and PDF without Qt PDF — can be
// opened in the system viewer from a temporary copy (which is then outside the encrypted
// database: the button says so).
class DocumentPreview : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentPreview(QWidget *parent = nullptr);
    ~DocumentPreview() override;

    void showDocument(const QString &fileName, const QString &mimeType, const QByteArray &bytes);
    void clear();

    // What the pane shows now: an image or rendered page has a pixmap.
    bool hasPicture() const;
    QLabel *pictureLabel() const { return m_picture; }
    static bool rendersPdf();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showPicture(const QImage &image);
    void scalePicture();
    void renderPdf();
    void openExternally();

    QLabel *m_picture;
    QLabel *m_message;
    QPushButton *m_open;
    QString m_fileName;
    QString m_mimeType;
    QByteArray m_bytes;
    // The image or rendered page at full resolution, scaled to the pane whenever it resizes.
    QImage m_image;
    std::unique_ptr<QTemporaryDir> m_tempDir;
};

} // namespace hrdesk::ui
