package mainrgs 
