# export3d (issue #15): test tools for 3D printing and web 3D.
# admesh checks the STL, prusa-slicer slices the 3MF, chromium runs CesiumJS headless (SwiftShader WebGL);
# npm: gltf-validator and cesium, pinned in tests/export3d/package.json, installed into .build/node (git-ignored).
APT_PACKAGES += admesh prusa-slicer chromium nodejs
EXTRA_DEPS += export3d-node-tools

export3d-node-tools: .build/node/.installed

.build/node/.installed: tests/export3d/package.json | apt-deps
	@# nodejs from NodeSource brings npm; Debian's nodejs needs the separate npm package (installing it beside
	@# NodeSource's nodejs would conflict, so only when npm is missing)
	@command -v npm >/dev/null || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends npm; }
	mkdir -p .build/node && cp tests/export3d/package.json .build/node/package.json
	cd .build/node && npm install --no-audit --no-fund --ignore-scripts --loglevel=error
	@touch $@

.PHONY: export3d-node-tools
