module github.com/diplograph/diplograph

go 1.26
