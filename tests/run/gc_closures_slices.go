package main

import "fmt"

type Event struct {
	ID      int
	Payload []byte
	Handler func() int
}

func makeEvents(n int) []Event {
	evs := make([]Event, 0)
	for i := 0; i < n; i++ {
		id := i
		data := make([]byte, i%64+1)
		for j := range data {
			data[j] = byte(id + j)
		}
		evs = append(evs, Event{ID: id, Payload: data, Handler: func() int {
			s := 0
			for _, b := range data {
				s += int(b)
			}
			return s + id
		}})
	}
	return evs
}

func main() {
	grand := 0
	for round := 0; round < 20; round++ {
		evs := makeEvents(300)
		for _, e := range evs {
			grand += e.Handler()
		}
		if round%5 == 0 {
			fmt.Println(round, len(evs), evs[len(evs)-1].Handler(), cap(evs))
		}
	}
	fmt.Println("grand", grand)
	var chain []func() int
	for i := 0; i < 100; i++ {
		prev := func() int { return 0 }
		if len(chain) > 0 {
			prev = chain[len(chain)-1]
		}
		k := i
		chain = append(chain, func() int { return prev() + k })
	}
	fmt.Println(chain[99](), chain[10]())
	matrix := make([][]float64, 0)
	for i := 0; i < 200; i++ {
		row := make([]float64, 0, 1)
		for j := 0; j < 50; j++ {
			row = append(row, float64(i*j)/3)
		}
		matrix = append(matrix, row)
	}
	fmt.Printf("%.3f %.3f %d\n", matrix[199][49], matrix[3][7], len(matrix))
}
