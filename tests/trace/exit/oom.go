// gosub-flags: --max-heap=8MB
package main

var sink [][]byte

func main() {
	for i := 0; ; i++ {
		sink = append(sink, make([]byte, 1<<20))
	}
}
