// Go's fmt prints composite values through package reflect, and reflect
// allocates: Value.Interface() copies every addressable value of an
// indirect type it reaches below the top level (through a pointer, in a
// slice, in a field of either); %+v and %#v allocate each field's
// StructField.Index; fmtsort copies each map key and value and makes its
// SortedMap and two slices; a byte array under %x is copied or sliced
// (reflect.SliceOf boxes a cache key); a []byte under a verb fmtBytes does
// not print itself is boxed again.  gosub allocates the same objects, so
// MemStats.Mallocs moves by the same amounts.
package main

import (
	"fmt"
	"runtime"
)

type In struct {
	A int
	b string
	C []int
}

type Out struct {
	In
	P *In
	X [2]int
	I interface{}
	u []int
	Z struct{}
	S St
}

type St struct{ v int }

// (not through fmt: a nested Sprint would take a second printer from
// fmt's pool, whose buffer growth is not what this test is about)
func (s St) String() string {
	if s.v == 1 {
		return "st1"
	}
	return "st2"
}

type Ptr1 struct{ p *int }
type B4 [4]byte
type E struct{}

var sink string

func mallocs() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

func main() {
	x := 5
	in := In{1, "q", []int{1, 2}}
	out := &Out{In: in, P: nil, X: [2]int{3, 4}, I: 7, u: []int{9}, S: St{1}}
	m1 := map[int]string{1: "a", 2: "b", 3: "c"}
	m2 := map[string]In{"k": in}
	m3 := map[string]interface{}{"a": 1, "b": "x"}
	m4 := map[*int]bool{&x: true}
	var mnil map[int]int
	mempty := map[int]int{}
	arr := &B4{1, 2, 3, 4}
	bs := []byte{1, 2, 3}
	sts := []St{{1}, {2}}
	es := []E{{}, {}}
	ifs := []interface{}{1, "a", 2.5, nil}
	nested := [][]int{{1, 2}, {3}}
	p1 := []Ptr1{{&x}, {nil}}
	strs := &[3]string{"a", "b", "c"}

	cases := []struct {
		name   string
		format string
		arg    interface{}
	}{
		{"struct value", "%v", *out},
		{"pointer to struct", "%v", out},
		{"pointer to struct, %+v", "%+v", out},
		{"struct value, %#v", "%#v", in},
		{"map[int]string", "%v", m1},
		{"map[string]In", "%v", m2},
		{"map[string]interface{}", "%v", m3},
		{"map[*int]bool", "%v", m4},
		{"nil map", "%v", mnil},
		{"nil map, %#v", "%#v", mnil},
		{"empty map", "%v", mempty},
		{"pointer to map", "%v", &m1},
		{"byte array, %x", "%x", *arr},
		{"pointer to byte array, %x", "%x", arr},
		{"pointer to byte array, %v", "%v", arr},
		{"[]byte, %v", "%v", bs},
		{"[]byte, %o", "%o", bs},
		{"[]byte, %x", "%x", bs},
		{"[]Stringer", "%v", sts},
		{"[]struct{}", "%v", es},
		{"[]interface{}", "%v", ifs},
		{"[][]int", "%v", nested},
		{"[]struct{p *int}", "%d", p1},
		{"pointer to [3]string", "%q", strs},
	}
	for _, c := range cases {
		s := fmt.Sprintf(c.format, c.arg)
		before := mallocs()
		for i := 0; i < 100; i++ {
			sink = fmt.Sprintf(c.format, c.arg)
		}
		n := mallocs() - before
		if c.name == "map[*int]bool" || c.name == "[]struct{p *int}" || c.name == "pointer to map" {
			s = "(pointers)"
		}
		fmt.Printf("%-28s %5d  %s\n", c.name, n, s)
	}
}
