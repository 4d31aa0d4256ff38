import { statfsSync } from 'node:fs';

/**
 * SQLite's locking does not hold on network file systems, and sync clients copy a database while it is
 * being written; both corrupt libraries. This tells, from the path (and on Linux the file system type),
 * when the library folder looks like one of those, so the app can warn before it happens.
 */

const CLOUD_FOLDERS: Array<[RegExp, string]> = [
  [/(^|[\\/])Dropbox( \([^)]*\))?([\\/]|$)/i, 'Dropbox'],
  [/(^|[\\/])OneDrive( - [^\\/]*)?([\\/]|$)/i, 'OneDrive'],
  [/(^|[\\/])(Google Drive|GoogleDrive|My Drive)([\\/]|$)/i, 'Google Drive'],
  [/(^|[\\/])(iCloud ?Drive|iCloudDrive|Mobile Documents|com~apple~CloudDocs)([\\/]|$)/i, 'iCloud Drive'],
  [/[\\/]Library[\\/]CloudStorage([\\/]|$)/i, 'a cloud storage provider'],
  [/(^|[\\/])(Box|Box Sync)([\\/]|$)/, 'Box'],
  [
    /(^|[\\/])(pCloud ?Drive|MEGA|MEGAsync|Nextcloud|ownCloud|Sync|SynologyDrive|Yandex\.Disk|Tresorit|Seafile)([\\/]|$)/i,
    'a sync service',
  ],
];

// Linux statfs magic numbers of network and user-space file systems.
const NETWORK_FS: Record<number, string> = {
  0x6969: 'NFS',
  0x517b: 'SMB',
  0xff534d42: 'CIFS',
  0xfe534d42: 'SMB2',
  0x65735546: 'FUSE (often a cloud drive)',
  0x564c: 'NCP',
  0x47504653: 'GPFS',
  0x5346414f: 'AFS',
  0x01021997: 'v9fs',
};

export interface StorageWarning {
  kind: 'cloud' | 'network';
  /** A sentence for the user. */
  message: string;
}

/** A warning when `path` looks cloud-synced or on a network share; null when it looks local. */
export function storageWarning(
  path: string,
  options: { platform?: NodeJS.Platform; fsType?: number | null } = {},
): StorageWarning | null {
  const platform = options.platform ?? process.platform;
  for (const [pattern, name] of CLOUD_FOLDERS) {
    if (pattern.test(path)) {
      return {
        kind: 'cloud',
        message: `The library is in a folder synced by ${name} (${path}). Syncing a database while it is open can damage it; keep the library in a local folder and sync the backups instead.`,
      };
    }
  }
  const unc = /^(\\\\|\/\/)(?![?.][\\/])[^\\/]+[\\/][^\\/]+/.test(path);
  const mountedShare =
    (platform === 'darwin' && /^\/Volumes\//.test(path)) ||
    (platform === 'linux' && /^\/run\/user\/\d+\/gvfs\//.test(path)) ||
    /^\/(net|smb|nfs)\//.test(path);
  const fsType = options.fsType === undefined ? fileSystemType(path) : options.fsType;
  const networkFs = fsType !== null && Object.hasOwn(NETWORK_FS, fsType) ? NETWORK_FS[fsType] : undefined;
  if (unc || mountedShare || networkFs) {
    return {
      kind: 'network',
      message: `The library seems to be on a network or external drive (${networkFs ?? path}). SQLite cannot lock files reliably there, which can damage the library; keep it on a local disk.`,
    };
  }
  return null;
}

function fileSystemType(path: string): number | null {
  if (process.platform !== 'linux') return null;
  try {
    return Number(statfsSync(path).type);
  } catch {
    return null;
  }
}
