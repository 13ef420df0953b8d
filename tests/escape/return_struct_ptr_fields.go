// Returning structs whose fields point into the callee's frame.
package main

type View struct {
	data []int
	cur  *int
}

func makeView() View {
	arr := [4]int{1, 2, 3, 4} // ERROR "moved to heap: arr$"
	return View{data: arr[:], cur: &arr[0]}
}

func makeViewHeap(n int) View {
	d := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
	return View{data: d}
}

func viewLen(v View) int { // ERROR "v does not escape$"
	return len(v.data)
}

func main() {
	v := makeView()
	println(viewLen(v), *v.cur, len(makeViewHeap(3).data))
}
