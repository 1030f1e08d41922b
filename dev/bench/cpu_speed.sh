  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
#  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
!  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
b  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
v  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
b  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
#  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
T  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
C  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
P  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
U  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
C  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
P  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
U  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
(  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
1  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
,  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
,  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
b  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
:  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
#  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
x  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
k  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
L  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
,  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
H  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
4  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
,  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
C  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
6  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
4  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
,  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
b  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
1  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
6  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
x  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
5  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
6  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
:  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
f  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
(  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
V  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
8  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
1  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
9  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
,  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
w  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
#  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
b  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
(  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
b  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
b  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
,  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
(  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
V  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
1  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
0  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
4  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
,  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
z  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
'  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
x  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
;  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
#  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
g  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
'  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
q  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
,  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
f  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
y  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
(  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
L  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
,  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
C  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
6  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
4  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
f  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
#  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
z  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
'  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
(  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
L  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
,  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
C  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
3  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
,  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
f  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
x  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
6  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
4  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
#  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
R  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
w  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
(  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
w  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
O  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
M  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
P  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
g  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
g  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
v  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
w  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
#  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
E  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
f  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
g  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
f  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
f  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
f  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
5  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
(  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
#  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
g  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
v  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
w  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
f  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
#  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
#  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
b  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
v  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
b  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
[  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
N  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
]  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
[  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
D  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
I  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
R  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
]  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
f  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
(  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
{  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
B  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
A  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
S  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
H  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
S  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
O  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
U  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
R  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
C  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
E  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
[  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
0  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
]  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
}  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
S  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
T  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
E  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
P  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
S  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
=  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
3  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
0  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
O  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
U  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
T  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
=  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
b  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
w  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
[  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
#  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
g  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
0  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
]  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
;  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
1  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
S  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
T  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
E  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
P  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
S  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
=  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
;  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
f  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
;  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
;  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
O  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
U  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
T  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
=  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
;  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
f  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
;  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
;  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
'  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
,  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
1  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
'  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
{  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
B  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
A  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
S  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
H  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
S  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
O  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
U  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
R  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
C  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
E  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
[  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
0  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
]  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
}  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
'  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
^  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
#  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
\  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
{  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
0  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
,  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
1  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
\  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
}  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
'  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
;  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
x  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
0  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
;  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
;  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
*  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
:  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
k  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
w  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
g  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
'  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
1  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
'  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
>  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
&  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
;  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
x  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
;  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
;  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
f  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
x  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
g  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
;  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
[  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
x  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
]  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
{  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
:  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
g  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
:  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
k  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
f  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
>  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
&  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
;  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
x  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
1  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
;  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
}  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
k  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
O  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
U  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
T  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
(  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
{  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
w  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
k  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
'  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
{  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
v  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
[  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
N  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
R  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
]  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
=  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
1  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
}  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
E  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
N  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
D  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
{  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
(  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
N  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
R  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
%  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
?  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
v  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
[  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
(  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
N  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
R  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
+  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
1  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
]  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
:  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
(  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
v  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
[  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
N  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
R  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
]  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
+  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
v  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
[  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
N  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
R  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
+  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
1  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
]  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
}  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
'  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
;  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
}  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
w  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
f  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
g  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
:  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
f  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
f  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
;  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
[  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
f  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
b  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
]  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
{  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
(  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
k  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
:  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
b  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
;  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
;  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
}  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
=  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
(  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
b  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
x  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
b  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
v  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
v  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
b  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
O  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
U  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
T  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
y  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
4  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
\  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
6  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
4  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
q  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
5  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
6  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
b  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
1  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
6  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
S  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
T  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
E  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
P  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
S  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
v  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
v  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
y  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
0  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
v  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
y  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
0  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
v  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
>  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
O  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
U  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
T  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
x  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
=  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
(  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
g  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
E  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
'  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
^  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
'  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
O  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
U  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
T  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
x  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
+  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
6  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
E  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
'  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
*  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
\  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
+  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
(  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
[  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
0  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
9  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
]  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
+  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
k  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
\  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
*  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
\  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
1  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
'  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
g  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
=  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
(  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
g  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
E  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
'  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
^  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
'  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
O  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
U  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
T  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
x  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
1  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
E  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
'  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
*  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
k  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
\  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
\  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
(  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
*  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
\  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
1  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
'  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
x  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
L  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
,  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
C  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
6  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
4  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
,  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
1  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
6  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
x  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
5  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
6  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
k  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
:  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
k  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
(  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
g  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
=  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
y  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
b  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
=  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
y  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
(  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
L  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
,  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
C  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
6  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
4  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
[  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
=  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
]  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
&  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
&  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
=  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
y  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
3  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
b  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
=  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
(  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
L  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
,  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
C  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
3  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
b  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
v  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
v  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
b  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
O  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
U  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
T  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
x  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
2  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
\  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
1  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
q  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
6  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
4  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
b  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
1  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
6  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
v  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
>  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
O  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
U  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
T  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
x  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
g  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
O  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
U  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
T  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
k  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
b  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
O  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
U  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
T  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
g  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
b  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
v  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
\  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
>  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
O  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
U  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
T  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
g  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
x  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
=  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
(  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
g  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
E  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
'  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
^  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
+  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
[  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
0  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
9  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
]  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
+  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
:  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
'  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
O  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
U  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
T  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
g  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
x  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
E  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
'  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
*  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
(  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
[  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
0  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
9  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
]  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
+  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
*  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
\  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
1  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
'  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
q  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
=  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
(  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
g  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
E  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
'  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
^  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
+  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
0  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
:  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
'  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
O  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
U  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
T  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
g  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
_  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
x  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
E  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
'  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
*  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
\  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
(  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
[  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
0  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
-  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
9  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
]  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
+  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
[  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
k  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
M  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
]  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
?  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
?  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
q  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
.  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
*  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
\  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
1  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
/  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
'  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
g  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
,  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
b  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
:  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
f  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
r  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
t  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
h  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
f  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
i  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
l  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
(  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
q  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
q  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
u  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
c  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
)  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
a  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
m  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
$  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
p  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
s  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
   rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
|  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
"  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
d  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
o  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
n  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
e  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"

  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
