package main

import "fmt"

func main() {
	buf := make([]byte, 4, 8)
	for i := range buf {
		buf[i] = byte('a' + i)
	}
	fmt.Println(string(buf), len(buf), cap(buf))
	ext := buf[:8]
	fmt.Println(len(ext), ext[7])
	n := 9
	fmt.Println(buf[2:n])
}
