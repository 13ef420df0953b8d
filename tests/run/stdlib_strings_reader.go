package main

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

func main() {
	fmt.Printf("%q %q %q\n", strings.ToValidUTF8("a\xff\xfeb\xc3", "?"), strings.ToValidUTF8("ok", "?"), strings.ToValidUTF8("\xffx", ""))
	r := strings.NewReader("héllo")
	buf := make([]byte, 2)
	n, err := r.Read(buf)
	fmt.Println(n, err, buf, r.Len())
	c, sz, err := r.ReadRune()
	fmt.Println(c, sz, err)
	fmt.Println(r.UnreadRune(), r.Len())
	rest, _ := io.ReadAll(r)
	fmt.Println(string(rest))
	fmt.Println(string(strconv.AppendQuoteToASCII(nil, "é")))
	a := []int{1, 3, 5, 7}
	i, found := sort.Find(len(a), func(i int) int { return 5 - a[i] })
	fmt.Println(i, found)
}
