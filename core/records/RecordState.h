#pragma once

namespace hrdesk::records {

// Which rows a list shows: the live ones (deleted_at IS NULL) or the archived ones, whose
// deleted_at tombstone ArchiveService wrote.
enum class RecordState { Live, Archived };

} // namespace hrdesk::records
