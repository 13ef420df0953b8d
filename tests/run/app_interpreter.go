package main

import (
	"fmt"
	"strings"
)

type Op byte

const (
	PUSH Op = iota
	ADD
	SUB
	MUL
	DUP
	SWAP
	JNZ
	DEC
	PRINT
	HALT
)

var names = map[Op]string{PUSH: "PUSH", ADD: "ADD", SUB: "SUB", MUL: "MUL", DUP: "DUP", SWAP: "SWAP", JNZ: "JNZ", DEC: "DEC", PRINT: "PRINT", HALT: "HALT"}

func (o Op) String() string { return names[o] }

type Instr struct {
	Op  Op
	Arg int
}

type VM struct {
	stack []int
	out   []string
	steps int
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }
func (vm *VM) pop() int {
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) Run(prog []Instr) {
	for pc := 0; pc < len(prog); pc++ {
		vm.steps++
		in := prog[pc]
		switch in.Op {
		case PUSH:
			vm.push(in.Arg)
		case ADD:
			b, a := vm.pop(), vm.pop()
			vm.push(a + b)
		case SUB:
			b, a := vm.pop(), vm.pop()
			vm.push(a - b)
		case MUL:
			b, a := vm.pop(), vm.pop()
			vm.push(a * b)
		case DUP:
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case SWAP:
			b, a := vm.pop(), vm.pop()
			vm.push(b)
			vm.push(a)
		case DEC:
			vm.push(vm.pop() - 1)
		case JNZ:
			if vm.stack[len(vm.stack)-1] != 0 {
				pc = in.Arg - 1
			}
		case PRINT:
			vm.out = append(vm.out, fmt.Sprint(vm.stack[len(vm.stack)-1]))
		case HALT:
			return
		}
	}
}

func main() {
	// factorial of 10: acc n -> loop: acc*=n; n--; jnz
	prog := []Instr{
		{PUSH, 1}, {PUSH, 10}, // acc n
		{DUP, 0}, {Op(SWAP), 0}, // acc n n -> acc n n (swap to keep order)
		{SWAP, 0},
		{MUL, 0}, // acc*n ... simplified below
		{HALT, 0},
	}
	vm := &VM{}
	vm.Run(prog)
	fmt.Println(vm.stack, vm.steps)

	fact := []Instr{
		{PUSH, 1},  // 0: acc
		{PUSH, 10}, // 1: n
		// loop at 2: stack acc n
		{DUP, 0},   // acc n n
		{PUSH, 0},  // acc n n 0
		{ADD, 0},   // acc n n
		{SWAP, 0},  // acc n n -> (no-op on equal values)
		{PRINT, 0}, // print n
		{SWAP, 0},  // acc n n
		{SUB, 0},   // acc 0
		{PUSH, 0},  // placeholder
		{ADD, 0},
		{HALT, 0},
	}
	vm2 := &VM{}
	vm2.Run(fact)
	fmt.Println(vm2.stack, strings.Join(vm2.out, ","))

	countdown := []Instr{{PUSH, 5}, {PRINT, 0}, {DEC, 0}, {JNZ, 1}, {PRINT, 0}, {HALT, 0}}
	vm3 := &VM{}
	vm3.Run(countdown)
	fmt.Println(strings.Join(vm3.out, " "), vm3.steps)
	fmt.Println(fact[2], fmt.Sprintf("%v %d", countdown[3], countdown[3].Op))
}
