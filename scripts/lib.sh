# Shared helpers for the scripts in this folder: installing the project's tools when missing.
# Sourced, not run. Expects ROOT to be the repository root.

TOOLS="$ROOT/.tools"
WASM_BINDGEN="$TOOLS/bin/wasm-bindgen"
GECKODRIVER="$TOOLS/bin/geckodriver"

# The crate version, from the one place it is written (the workspace Cargo.toml).
crate_version() {
  sed -n '/^\[workspace.package\]/,/^\[/s/^version *= *"\(.*\)"/\1/p' "$ROOT/Cargo.toml"
}

# The wasm-bindgen version pinned in crate/Cargo.toml (the CLI must equal it).
wasm_bindgen_version() {
  sed -n 's/^wasm-bindgen *= *"=\(.*\)"/\1/p' "$ROOT/crate/Cargo.toml"
}

ensure_rust_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    echo "setup: adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_wasm_bindgen() {
  local want
  want=$(wasm_bindgen_version)
  if [ ! -x "$WASM_BINDGEN" ] || [ "$("$WASM_BINDGEN" --version)" != "wasm-bindgen $want" ]; then
    echo "setup: installing wasm-bindgen-cli $want into .tools/ (a few minutes, once)"
    # Not --locked: a locked dependency of the CLI is not served by the registry here.
    cargo install --quiet wasm-bindgen-cli --version "$want" --root "$TOOLS"
  fi
}

ensure_geckodriver() {
  if [ ! -x "$GECKODRIVER" ]; then
    echo "setup: installing geckodriver into .tools/ (about a minute, once)"
    cargo install --quiet geckodriver --version 0.37.1 --locked --root "$TOOLS"
  fi
}

ensure_node_modules() {
  # Keyed on the lock file's content, not its mtime (a fresh checkout or worktree has new mtimes).
  local want have=""
  want=$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)
  [ -f "$ROOT/node_modules/.iw-lock-sha256" ] && have=$(cat "$ROOT/node_modules/.iw-lock-sha256")
  if [ "$want" != "$have" ] || [ ! -x "$ROOT/node_modules/.bin/wasm2js" ]; then
    echo "setup: installing npm dev-dependencies from package-lock.json"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" > "$ROOT/node_modules/.iw-lock-sha256"
  fi
}

# newer_than SRC... OUT: true when OUT is missing or any SRC is newer than it.
newer_than() {
  local out=${*: -1} src
  [ -e "$out" ] || return 0
  for src in "${@:1:$#-1}"; do
    [ "$src" -nt "$out" ] && return 0
  done
  return 1
}
