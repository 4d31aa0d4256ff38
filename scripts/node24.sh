#!/usr/bin/env bash
# Runs a command with the project's Node (24 LTS) first on PATH, for this command only.
#   scripts/node24.sh npm test        scripts/node24.sh npm run cli -- list --json
# Sourced (`. scripts/node24.sh`), it puts that Node on PATH for the current shell.
# When the Node on PATH is already 24 it is used as is. Otherwise the npm package node-<os>-<arch>
# (the official Node binary, from the npm registry) is unpacked once into .tools/ in the repo.
# Nothing is installed system-wide.
node24_version=24.22.3
node24_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

node24_ensure() {
  if command -v node >/dev/null 2>&1 && [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null)" = 24 ]; then
    return 0
  fi
  local os arch dir
  case "$(uname -s)" in Linux) os=linux ;; Darwin) os=darwin ;; *) echo "node24.sh: no Node 24 package for $(uname -s); install Node 24 LTS yourself" >&2; return 1 ;; esac
  case "$(uname -m)" in x86_64 | amd64) arch=x64 ;; aarch64 | arm64) arch=arm64 ;; *) echo "node24.sh: no Node 24 package for $(uname -m)" >&2; return 1 ;; esac
  dir="$node24_root/.tools/node-$node24_version"
  if [ ! -x "$dir/bin/node" ]; then
    local tmp
    tmp="$(mktemp -d)"
    echo "node24.sh: fetching node-$os-$arch@$node24_version from the npm registry…" >&2
    (cd "$tmp" && npm pack --silent "node-$os-$arch@$node24_version" >/dev/null && tar xzf ./*.tgz) || {
      rm -rf "$tmp"
      echo "node24.sh: could not fetch node-$os-$arch@$node24_version" >&2
      return 1
    }
    mkdir -p "$(dirname "$dir")"
    rm -rf "$dir"
    mv "$tmp/package" "$dir"
    rm -rf "$tmp"
  fi
  PATH="$dir/bin:$PATH"
  export PATH
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  node24_ensure
  exec "$@"
else
  node24_ensure
fi
