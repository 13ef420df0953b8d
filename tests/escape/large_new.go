// new and composite literals of large types; large local variables.
package main

type Small struct{ a [100]int64 }
type K64 struct{ a [8192]int64 }
type Over struct{ a [8193]int64 }
type Huge struct{ a [1400000]int64 }

func newSmall() int64 {
	p := new(Small) // ERROR "new\(Small\) does not escape$"
	return p.a[0]
}

func newK64() int64 {
	p := new(K64) // ERROR "new\(K64\) does not escape$"
	return p.a[1]
}

func newOver() int64 {
	p := new(Over) // ERROR "new\(Over\) escapes to heap$"
	return p.a[2]
}

func litOver() int64 {
	p := &Over{} // ERROR "&Over{} escapes to heap$"
	return p.a[3]
}

func varHuge() int64 {
	var h Huge // ERROR "moved to heap: h$"
	h.a[5] = 1
	return h.a[5]
}

func varOver() int64 {
	var o Over
	o.a[0] = 2
	return o.a[0]
}

func main() {
	println(newSmall(), newK64(), newOver(), litOver(), varHuge(), varOver())
}
