// Explicitly declared variables may stay on the stack up to 10 MiB even when
// their address is taken; implicit allocations only up to 64 KiB.
package main

type Block [16384]int64 // 128 KiB

func sumBlock(b *Block) int64 { // ERROR "b does not escape$"
	t := int64(0)
	for i := range b {
		t += b[i]
	}
	return t
}

func explicitVar() int64 {
	var b Block
	b[10] = 3
	return sumBlock(&b)
}

func implicitNew() int64 {
	b := new(Block) // ERROR "new\(Block\) escapes to heap$"
	b[10] = 4
	return sumBlock(b)
}

func composite() int64 {
	b := &Block{1, 2, 3} // ERROR "&Block{...} escapes to heap$"
	return sumBlock(b)
}

func bigArrayLit() int64 {
	a := [9000]int64{5}
	return a[0]
}

func main() {
	println(explicitVar(), implicitNew(), composite(), bigArrayLit())
}
