// libc.go — C's string and memory functions called from Go through
// gccgo's //extern directive.  libc is always in the process, so no
// --ffi-lib is needed.  C strings are NUL-terminated []byte buffers passed
// as &b[0]; size_t is uintptr; C int is int32.
package main

import "fmt"

//extern strlen
func cStrlen(s *byte) uintptr

//extern memset
func cMemset(p *byte, c int32, n uintptr) *byte

//extern memcpy
func cMemcpy(dst, src *byte, n uintptr) *byte

//extern memcmp
//go:noescape
func cMemcmp(a, b *byte, n uintptr) int32

//extern strchr
func cStrchr(s *byte, c int32) *byte

//extern toupper
func cToupper(c int32) int32

//extern atoi
func cAtoi(s *byte) int32

//extern abs
func cAbs(x int32) int32

// cstring returns a NUL-terminated copy of s for C.
func cstring(s string) []byte {
	b := make([]byte, len(s)+1)
	copy(b, s)
	return b
}

func main() {
	hello := cstring("hello, world")
	fmt.Println("strlen:", cStrlen(&hello[0]))

	for i := 0; hello[i] != 0; i++ {
		hello[i] = byte(cToupper(int32(hello[i])))
	}
	fmt.Println("toupper:", string(hello[:len(hello)-1]))

	buf := make([]byte, 8)
	p := cMemset(&buf[0], '*', 5)
	fmt.Println("memset:", string(buf[:5]), buf[5:], p == &buf[0])

	cMemcpy(&buf[0], &hello[7], 5)
	fmt.Println("memcpy:", string(buf[:5]))

	a, b := cstring("abc"), cstring("abd")
	fmt.Println("memcmp:", cMemcmp(&a[0], &b[0], 3) < 0, cMemcmp(&b[0], &a[0], 3) > 0, cMemcmp(&a[0], &a[0], 3))

	comma := cStrchr(&hello[0], ',')
	fmt.Println("strchr:", comma == &hello[5], *comma == ',', cStrchr(&hello[0], 'z') == nil)

	num := cstring("-1234")
	fmt.Println("atoi:", cAtoi(&num[0]), cAtoi(&hello[0]))
	fmt.Println("abs:", cAbs(-42), cAbs(7))
}
