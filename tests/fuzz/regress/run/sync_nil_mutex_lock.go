package main

import "sync"

// fuzz_run found: Lock on a nil *sync.Mutex loaded through NULL in the
// native instead of panicking as Go does.
func main() {
	var m *sync.Mutex
	m.Lock()
}
