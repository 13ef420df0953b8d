// Self-assignments inside one object do not make its content escape.
package main

type Buffer struct {
	arr  [16]byte
	buf1 []byte
	buf2 []byte
	str1 string
	str2 string
}

func (b *Buffer) reslice() { // ERROR "b does not escape$"
	b.buf1 = b.buf1[1:2]   // ERROR "\(\*Buffer\).reslice ignoring self-assignment in b.buf1 = b.buf1\[1:2\]$"
	b.buf1 = b.buf1[1:2:3] // ERROR "\(\*Buffer\).reslice ignoring self-assignment in b.buf1 = b.buf1\[1:2:3\]$"
	b.buf1 = b.buf2[1:2]   // ERROR "\(\*Buffer\).reslice ignoring self-assignment in b.buf1 = b.buf2\[1:2\]$"
}

func (b *Buffer) strs() { // ERROR "b does not escape$"
	b.str1 = b.str1[1:2] // ERROR "\(\*Buffer\).strs ignoring self-assignment in b.str1 = b.str1\[1:2\]$"
	b.str1 = b.str2[1:2] // ERROR "\(\*Buffer\).strs ignoring self-assignment in b.str1 = b.str2\[1:2\]$"
}

func (b *Buffer) arrSlice() { // ERROR "leaking param: b$"
	b.buf1 = b.arr[1:2]
}

func main() {
	b := &Buffer{}            // ERROR "&Buffer{} does not escape$"
	b.buf2 = []byte("abcdef") // ERROR "\(\[\]byte\)\(.abcdef.\) escapes to heap$"
	b.str2 = "hello"
	b.buf1 = []byte("0123456789") // ERROR "\(\[\]byte\)\(.0123456789.\) escapes to heap$"
	b.str1 = "world"
	b.reslice()
	b.strs()
	println(len(b.buf1), b.str1)
}
