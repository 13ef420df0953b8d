// Methods on value and pointer receivers: receivers are parameters.
package main

type Buf struct {
	data []byte
	n    int
}

var last *Buf

func (b *Buf) Len() int           { return b.n }                                                  // ERROR "b does not escape$"
func (b *Buf) Bytes() []byte      { return b.data[:b.n] }                                         // ERROR "leaking param: b to result ~r0 level=1$"
func (b *Buf) Remember()          { last = b }                                                    // ERROR "leaking param: b$"
func (b Buf) Copy() Buf           { return b }                                                    // ERROR "leaking param: b to result ~r0 level=0$"
func (b Buf) Size() int           { return len(b.data) }                                          // ERROR "b does not escape$"
func (b *Buf) Write(p []byte) int { b.data = append(b.data, p...); b.n += len(p); return len(p) } // ERROR "leaking param content: b$" "p does not escape$"
func (b Buf) Data() []byte        { return b.data }                                               // ERROR "leaking param: b to result ~r0 level=0$"

func use() int {
	b := Buf{}
	b.Write([]byte("abc")) // ERROR "\(\[\]byte\)\(.abc.\) does not escape$"
	c := b.Copy()
	return b.Len() + c.Size() + len(b.Bytes())
}

func remember() {
	b := &Buf{} // ERROR "&Buf{} escapes to heap$"
	b.Remember()
}

func addrCall() int {
	var b Buf // ERROR "moved to heap: b$"
	b.Remember()
	return b.n
}

func main() {
	remember()
	println(use(), addrCall(), len(Buf{}.Data()))
}
