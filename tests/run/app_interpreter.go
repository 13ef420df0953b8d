package main

import (
	"fmt"
	"strings"
)

type Op byte

const (
	PUSH Op = iota
	ADD
	MUL
	DUP
	DROP
	SWAP
	OVER
	DEC
	JMP
	JZ
	JNZ
	PRINT
	HALT
)

var opNames = [...]string{"PUSH", "ADD", "MUL", "DUP", "DROP", "SWAP", "OVER", "DEC", "JMP", "JZ", "JNZ", "PRINT", "HALT"}

func (o Op) String() string { return opNames[o] }

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
	v := vm.stack[len(vm.stack)-1] // panics on underflow; Run recovers
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) Run(prog []Instr) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("vm crashed after %d steps: %v", vm.steps, r)
		}
	}()
	for pc := 0; pc < len(prog); pc++ {
		vm.steps++
		in := prog[pc]
		switch in.Op {
		case PUSH:
			vm.push(in.Arg)
		case ADD:
			vm.push(vm.pop() + vm.pop())
		case MUL:
			vm.push(vm.pop() * vm.pop())
		case DUP:
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case DROP:
			vm.pop()
		case SWAP:
			b, a := vm.pop(), vm.pop()
			vm.push(b)
			vm.push(a)
		case OVER:
			b, a := vm.pop(), vm.pop()
			vm.push(a)
			vm.push(b)
			vm.push(a)
		case DEC:
			vm.push(vm.pop() - 1)
		case JMP:
			pc = in.Arg - 1
		case JZ, JNZ:
			if c := vm.pop(); (c == 0) == (in.Op == JZ) {
				pc = in.Arg - 1
			}
		case PRINT:
			vm.out = append(vm.out, fmt.Sprint(vm.pop()))
		case HALT:
			return nil
		default:
			return fmt.Errorf("bad opcode %d at %d", in.Op, pc)
		}
	}
	return nil
}

func run(name string, prog []Instr) {
	vm := &VM{}
	err := vm.Run(prog)
	fmt.Printf("%-9s out=[%s] stack=%v steps=%d err=%v\n", name, strings.Join(vm.out, " "), vm.stack, vm.steps, err)
}

func main() {
	factorial := []Instr{
		{PUSH, 1}, {PUSH, 10}, // acc n
		{DUP, 0}, {JZ, 10}, // loop: while n != 0
		{SWAP, 0}, {OVER, 0}, {MUL, 0}, {SWAP, 0}, {DEC, 0}, // acc*=n; n--
		{JMP, 2},
		{DROP, 0}, {PRINT, 0}, {HALT, 0},
	}
	countdown := []Instr{{PUSH, 5}, {DUP, 0}, {PRINT, 0}, {DEC, 0}, {DUP, 0}, {JNZ, 1}, {PRINT, 0}}
	sum := []Instr{
		{PUSH, 0}, {PUSH, 100}, // total i
		{DUP, 0}, {JZ, 10},
		{SWAP, 0}, {OVER, 0}, {ADD, 0}, {SWAP, 0}, {DEC, 0}, // total+=i; i--
		{JMP, 2},
		{DROP, 0}, {PRINT, 0},
	}
	run("factorial", factorial)
	run("countdown", countdown)
	run("sum", sum)
	run("underflow", []Instr{{PUSH, 1}, {ADD, 0}})
	run("badop", []Instr{{Op(99), 0}})
	fmt.Println(factorial[3], fmt.Sprintf("%v %d %s", countdown[5], countdown[5].Op, Op(11)))
}
