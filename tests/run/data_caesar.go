package main

import (
	"fmt"
	"strings"
)

func shift(r rune, k int) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+rune(k)+26)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+rune(k)+26)%26
	}
	return r
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune { return shift(r, k) }, s)
}

func rot13Bytes(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		out[i] = byte(shift(rune(c), 13))
	}
	return out
}

func vigenere(s, key string, dir int) string {
	var sb strings.Builder
	ki := 0
	for _, r := range s {
		if (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') {
			k := int(key[ki%len(key)] - 'a')
			sb.WriteRune(shift(r, dir*k))
			ki++
		} else {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

func main() {
	msg := "Hello, World! Zebra-crossing xyz."
	enc := caesar(msg, 3)
	fmt.Println(enc)
	fmt.Println(caesar(enc, -3))
	fmt.Println(string(rot13Bytes([]byte(msg))))
	fmt.Println(string(rot13Bytes(rot13Bytes([]byte(msg)))) == msg)
	v := vigenere("Attack at dawn", "lemon", 1)
	fmt.Println(v, "|", vigenere(v, "lemon", -1))
	freq := [26]int{}
	for _, r := range strings.ToLower(msg) {
		if r >= 'a' && r <= 'z' {
			freq[r-'a']++
		}
	}
	for i, f := range freq {
		if f > 1 {
			fmt.Printf("%c:%d ", 'a'+i, f)
		}
	}
	fmt.Println()
}
