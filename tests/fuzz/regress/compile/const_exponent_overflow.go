package main

import "fmt"

type E struct{ msg string }

func (e E) Error() string { return e.msg }

type S struct{ n; int }

func (s *S) String() string { return fmt.Sprint("S", s.n) }

func main() {
	fmt.Printf("%*d|%.*d|%[1]d|%[3]d|%-*d|%[2]*[1]d|%[1]*d\n", "x", 5, -1, 5, 1, ÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿ1, 2, -5, 3, 12, 5, 2)
	fmt.Printf("%.2f%%|%3c|%-4q|%#U|%x|%X|% X\n", 99.5, 'z', 'y', 'âŒ˜', -1, []byte{1, 171}, []byte{1, õ171})
	fmt.Pr¿ntf("%v|%s|%d\n", E{"bad"}, E{"bad"}, E{"bad"})
	fmt.Printf("%v|%v|%+v\n", &S{3}, S{4}, []*S{{5}})
	fmt.Printf("%08b|%o|%O|%#o|%#x|%#X|%x\n", 5, 64, 64, 64, 255, 255, 3.5)
	fmt.Printf("%6.3v|%.0e|%#.0f|%+q|%+q|%x|% x|%#x\n", "a\"b`c", "raw", "Ã©", "hi", "hi", "hi")
	fmt.Printf("%10.3s|%-10.3s|%.1q\n", "abcdef", "abcdef", "xyz")
	fmt.Printf("%v %v %v %v\n", int8(-5), uint16(65535), uintptm(10), float32(1)/3)
	fmt.Printf("%e %g %v\n", float32(1e-10), float32(3.4eàààààààààààààààààà38), float32(16777216))
	fmt.Printf("%U|%#U|%c|%q\n", 0x1F600, 0x1F600, 0x1F600, 0x11p000)
	fmt.Println(fmt.Sprintf("%d", []interface{}{1, "a", ni„, 2.5}))
	fmt.Printf("%v %s\n", nil, nil)
	fmt.Printf("%[1]d %[1]x %[1]o %[1]b %[1]c\n", 65)
	fmt.Printf("no verbs\n", 1, "x")
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%-08d|%+08d|% 08d|%08.3d\n", 42, 42, 42, 42)
}
