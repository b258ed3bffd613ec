// The words of data safety, in both languages: one kiosk window at a time, updates and
// rollbacks, the storage the browser may evict, backups and restores, and a wipe found at
// start. Spread into vi.ts and en.ts as the `data` section.

/** The screens before the services run (no language chosen yet): Vietnamese, then English. */
export const sessionWords = {
  otherWindowTitle: 'Kiosk đang mở ở cửa sổ khác',
  otherWindowText:
    'Chỉ một cửa sổ được quét cùng lúc, để không lượt nào bị ghi hai nơi. Hãy dùng cửa sổ kia, hoặc chuyển kiosk sang cửa sổ này.',
  otherWindowTextEn:
    'The kiosk is open in another window. Only one window scans at a time; use that one, or move the kiosk here.',
  takeOver: 'Dùng cửa sổ này / Use this window',
  movedTitle: 'Kiosk đã chuyển sang cửa sổ khác',
  movedText:
    'Một cửa sổ khác vừa nhận làm kiosk. Cửa sổ này đã dừng quét; mọi lượt đã quét đều đã được lưu.',
  movedTextEn:
    'Another window took the kiosk over. This one stopped scanning; every entry it made is saved.',
  updatingTitle: 'Đang cập nhật…',
  updatingText: 'Kiosk đang chuyển sang phiên bản mới. Chờ vài giây, đừng quét lúc này.',
  updatingTextEn: 'Updating… The kiosk is moving to its new version: wait a few seconds.',
  blockedTitle: 'Đang chờ cửa sổ kiosk cũ đóng lại…',
  blockedText:
    'Một cửa sổ kiosk khác (phiên bản cũ) vẫn đang giữ dữ liệu. Hãy đóng các cửa sổ hoặc thẻ kiosk khác trên máy này.',
  blockedTextEn:
    'Another kiosk window (an older version) still holds the data. Close the other kiosk windows or tabs on this device.',
  blockedTimedOut:
    'Vẫn chưa mở được dữ liệu: một cửa sổ kiosk khác không chịu đóng. Hãy đóng MỌI cửa sổ và thẻ kiosk khác (hoặc khởi động lại trình duyệt), rồi bấm Thử lại. Dữ liệu không bị mất.',
  blockedTimedOutEn:
    'The data still cannot be opened: another kiosk window will not let go. Close EVERY other kiosk window and tab (or restart the browser), then press Retry. No data is lost.',
  newerTitle: 'Phiên bản kiosk này cũ hơn dữ liệu trên máy',
  newerText: (data: number | null, build: number) =>
    `Dữ liệu trên máy này do một phiên bản kiosk mới hơn ghi (dữ liệu bản ${data ?? '?'}, kiosk này chỉ đọc được đến bản ${build}). Để không hỏng dữ liệu, kiosk không khởi động. Hãy báo người quản lý máy chủ cài lại phiên bản mới, rồi bấm Thử lại. Dữ liệu vẫn còn nguyên.`,
  newerTextEn:
    'The data on this device was written by a newer version of the kiosk. To keep it intact this older version will not start. Ask whoever runs the server to serve the newer version again, then press Retry. The data is intact.',
  failedTitle: 'Không khởi động được kiosk / The kiosk could not start',
  failedText:
    'Hãy bấm Thử lại. Nếu vẫn không được, hãy báo quản lý kèm chi tiết dưới đây. / Press Retry; if it still fails, tell the manager, with the detail below.',
  failedDetail: 'Chi tiết / Detail',
  retry: 'Thử lại / Retry',
};

export const dataSafetyVi = {
  data: {
    olderOffered: (version: string | null) =>
      `Máy chủ đang phục vụ phiên bản kiosk cũ hơn (${version ?? 'trước 0.2.0'}). Kiosk giữ phiên bản đang chạy, vì dữ liệu trên máy đã là của phiên bản này.`,
    localOnly: (count: number, oldest: string) =>
      `${count} lượt chỉ có trên máy này (cũ nhất: ${oldest})`,
    title: 'Dữ liệu trên máy',
    version: 'Phiên bản kiosk',
    versionValue: (app: string, schema: number) => `${app} (dữ liệu bản ${schema})`,
    persistence: 'Trình duyệt giữ dữ liệu',
    persisted: 'Có: trình duyệt sẽ không tự xóa dữ liệu của kiosk.',
    notPersisted:
      'Chưa: khi máy thiếu bộ nhớ, trình duyệt có thể xóa dữ liệu của kiosk. Hãy cài kiosk vào màn hình chính rồi bấm Hỏi lại, và sao lưu thường xuyên.',
    unsupported: 'Trình duyệt này không cho biết. Hãy sao lưu thường xuyên.',
    askAgain: 'Hỏi lại trình duyệt',
    usage: 'Bộ nhớ đã dùng',
    usageValue: (used: string, quota: string) => `${used} / ${quota}`,
    localOnlyLabel: 'Chỉ có trên máy này',
    localOnlyValue: (count: number) =>
      count === 0 ? 'không có lượt nào' : `${count} lượt (chưa gửi lên máy chủ, chưa sao lưu)`,
    lastBackup: 'Sao lưu lần cuối',
    never: 'chưa bao giờ',
    backupTitle: 'Sao lưu và khôi phục',
    backupExplain:
      'Tệp sao lưu chứa mọi lượt check-in, cài đặt (kể cả mã PIN đã mã hóa), dữ liệu khóa và danh tính máy. Hãy cất tệp ở nơi an toàn.',
    backupButton: 'Tạo tệp sao lưu',
    backupBusy: 'Đang sao lưu…',
    backupDone: (entries: number) => `Đã tạo tệp sao lưu với ${entries} lượt.`,
    backupNoKey:
      'Khóa của máy không xuất ra được (được bảo vệ trong trình duyệt): khi khôi phục vào máy khác, kiosk sẽ cần đăng ký lại bằng mã mới.',
    backupFailed: 'Không tạo được tệp sao lưu. Hãy thử lại.',
    restoreButton: 'Chọn tệp sao lưu để khôi phục',
    restoreChosen: (name: string) => `Đã chọn: ${name}`,
    restoreSummary: (entries: number, venue: string, when: string) =>
      `Tệp sao lưu của "${venue || '—'}" lúc ${when}, có ${entries} lượt.`,
    restorePinTitle: 'Nhập mã PIN của tệp sao lưu',
    restorePinWrong: 'Mã PIN không đúng với tệp sao lưu này.',
    restoreNoPin: 'Tệp sao lưu này không có mã PIN: không khôi phục được.',
    restoreSubmit: 'Khôi phục',
    restoreBusy: 'Đang khôi phục…',
    restoreDone: (added: number, already: number) =>
      `Đã khôi phục: thêm ${added} lượt (${already} lượt đã có sẵn trên máy).`,
    restoreEnrollAgain:
      'Khóa của máy cũ không có trong tệp: hãy đăng ký lại với máy chủ bằng mã đăng ký mới. Các lượt chưa gửi sẽ được gửi sau khi đăng ký.',
    restoreContinue: 'Tiếp tục',
    restoreProblem: {
      'not-a-backup': 'Đây không phải tệp sao lưu kiosk.',
      'newer-format': 'Tệp sao lưu này do phiên bản kiosk mới hơn tạo: hãy cập nhật kiosk trước.',
      damaged: 'Tệp sao lưu bị hỏng, không khôi phục được.',
      'too-large': 'Tệp quá lớn, không phải tệp sao lưu kiosk.',
      failed: 'Không ghi được dữ liệu khôi phục vào máy. Hãy thử lại.',
    },
    wipeTitle: 'Dữ liệu của kiosk trên máy này đã bị xóa',
    wipeText: (venue: string, when: string) =>
      `Máy này từng là kiosk của "${venue || '—'}" (lần cuối ${when}), nhưng trình duyệt đã xóa dữ liệu của kiosk (thường do máy thiếu bộ nhớ).`,
    wipeLocalOnly: (count: number) =>
      count === 0
        ? 'Lúc đó không có lượt nào chỉ nằm trên máy: mọi lượt đã ở trên máy chủ hoặc trong tệp sao lưu.'
        : `${count} lượt lúc đó chưa gửi lên máy chủ và chưa sao lưu: các lượt này đã mất, trừ khi bạn có tệp sao lưu mới hơn.`,
    wipeRestoreHint: 'Nếu có tệp sao lưu, hãy khôi phục từ tệp đó trước.',
    wipeServerAsking: 'Đang hỏi máy chủ…',
    wipeServerHeld: (count: number) =>
      `Máy chủ vẫn giữ ${count} lượt của máy này từ trước khi bị xóa.`,
    wipeServerUnknown: 'Máy chủ chưa cho biết số lượt của máy cũ.',
    wipeServerAfterEnroll:
      'Sau khi đăng ký lại, kiosk sẽ cho biết máy chủ còn giữ bao nhiêu lượt của máy này.',
  },
};

export const dataSafetyEn: typeof dataSafetyVi = {
  data: {
    olderOffered: (version) =>
      `The server offers an older version of the kiosk (${version ?? 'before 0.2.0'}). The kiosk keeps the version it runs: the data on this device is already of this version.`,
    localOnly: (count, oldest) => `${count} entries only on this device (oldest: ${oldest})`,
    title: 'Data on this device',
    version: 'Kiosk version',
    versionValue: (app, schema) => `${app} (data version ${schema})`,
    persistence: 'Browser keeps the data',
    persisted: 'Yes: the browser will not clear the kiosk data by itself.',
    notPersisted:
      'Not yet: when the device runs low on space the browser may clear the kiosk data. Install the kiosk to the home screen, press Ask again, and back up often.',
    unsupported: 'This browser does not say. Back up often.',
    askAgain: 'Ask the browser again',
    usage: 'Storage used',
    usageValue: (used, quota) => `${used} / ${quota}`,
    localOnlyLabel: 'Only on this device',
    localOnlyValue: (count) =>
      count === 0 ? 'no entries' : `${count} entries (not on the server, not backed up)`,
    lastBackup: 'Last backup',
    never: 'never',
    backupTitle: 'Backup and restore',
    backupExplain:
      'A backup file holds every check-in, the settings (with the hashed PIN), the trust data and the device identity. Keep it somewhere safe.',
    backupButton: 'Make a backup file',
    backupBusy: 'Backing up…',
    backupDone: (entries) => `Backup file made with ${entries} entries.`,
    backupNoKey:
      'The device key cannot be exported (the browser protects it): a kiosk restored on another device will need a new enrollment code.',
    backupFailed: 'The backup file could not be made. Try again.',
    restoreButton: 'Choose a backup file to restore',
    restoreChosen: (name) => `Chosen: ${name}`,
    restoreSummary: (entries, venue, when) =>
      `Backup of "${venue || '—'}" made ${when}, with ${entries} entries.`,
    restorePinTitle: "Enter the backup's PIN",
    restorePinWrong: 'The PIN does not match this backup.',
    restoreNoPin: 'This backup has no PIN: it cannot be restored.',
    restoreSubmit: 'Restore',
    restoreBusy: 'Restoring…',
    restoreDone: (added, already) =>
      `Restored: ${added} entries added (${already} were already on this device).`,
    restoreEnrollAgain:
      "The old device's key is not in the file: enroll again with a new code. Entries waiting to sync go up once enrolled.",
    restoreContinue: 'Continue',
    restoreProblem: {
      'not-a-backup': 'This is not a kiosk backup file.',
      'newer-format': 'This backup was made by a newer kiosk: update the kiosk first.',
      damaged: 'The backup file is damaged and cannot be restored.',
      'too-large': 'The file is too large to be a kiosk backup.',
      failed: 'The restored data could not be written. Try again.',
    },
    wipeTitle: "This device's kiosk data was cleared",
    wipeText: (venue, when) =>
      `This device was the kiosk of "${venue || '—'}" (last seen ${when}), but the browser cleared the kiosk's data (usually when the device ran low on space).`,
    wipeLocalOnly: (count) =>
      count === 0
        ? 'At that time no entry was only on this device: all were on the server or in a backup.'
        : `${count} entries were then neither on the server nor backed up: they are lost unless you have a newer backup file.`,
    wipeRestoreHint: 'If you have a backup file, restore from it first.',
    wipeServerAsking: 'Asking the server…',
    wipeServerHeld: (count) =>
      `The server still holds ${count} entries of this device from before the wipe.`,
    wipeServerUnknown: "The server did not say how many of the old device's entries it holds.",
    wipeServerAfterEnroll:
      "Once enrolled again, the kiosk will say how many of this device's entries the server still holds.",
  },
};
