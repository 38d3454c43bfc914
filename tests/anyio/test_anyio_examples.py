    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
T    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
'    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
;    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
E    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
`    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
`    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
/    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
x    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
/    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
/    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
`    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
`    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
`    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
`    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
F    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
I    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
L    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
E    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
`    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
`    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
`    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
`    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
`    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
`    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
'    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
`    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
`    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
/    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
x    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
/    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
`    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
`    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
b    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
b    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
I    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
x    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
b    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
x    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
b    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
P    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
S    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
K    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
E    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
X    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
A    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
M    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
P    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
L    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
E    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
S    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
P    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
2    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
/    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
/    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
x    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
A    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
S    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
Y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
N    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
C    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
I    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
O    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
E    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
X    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
A    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
M    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
P    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
L    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
E    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
S    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
/    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
T    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
I    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
M    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
E    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
O    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
U    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
T    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
3    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
0    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
-    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
>    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
w    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
b    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
1    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
2    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
7    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
0    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
0    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
1    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
0    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
1    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
@    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
x    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
P    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
*    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
-    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
>    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
I    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
N    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
R    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
b    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
;    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
b    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
P    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
x    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
b    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
*    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
w    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
b    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
P    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
I    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
P    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
E    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
b    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
P    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
I    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
P    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
E    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
x    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
T    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
+    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
T    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
I    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
M    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
E    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
O    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
U    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
T    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
w    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
T    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
#    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
w    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
N    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
1    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
2    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
7    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
0    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
0    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
1    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
-    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
1    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
1    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
b    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
x    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
O    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
S    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
E    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
<    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
0    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
0    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
5    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
P    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
*    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
-    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
>    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
b    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
C    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
P    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
b    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
x    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
b    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
*    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
w    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
T    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
x    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
T    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
T    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
I    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
M    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
E    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
O    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
U    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
T    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
F    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
@    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
x    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
P    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
-    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
>    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
P    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
{    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
}    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
/    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
{    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
}    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
S    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
K    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
w    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
/    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
w    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
@    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
z    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
A    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
S    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
Y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
N    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
C    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
I    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
O    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
A    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
S    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
Y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
N    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
C    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
I    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
O    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
E    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
X    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
A    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
M    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
P    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
L    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
E    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
S    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
A    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
S    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
Y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
N    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
C    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
I    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
O    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
A    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
S    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
Y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
N    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
C    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
I    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
O    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
E    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
X    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
A    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
M    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
P    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
L    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
E    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
S    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
-    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
-    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
-    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
-    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
-    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
-    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
-    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
P    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
P    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
P    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
-    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
>    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
N    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
w    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
/    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
/    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
{    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
'    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
'    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
}    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
b    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
0    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
b    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
{    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
}    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
P    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
-    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
>    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
N    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
w    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
A    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
S    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
Y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
N    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
C    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
I    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
O    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
/    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
A    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
S    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
Y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
N    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
C    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
I    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
O    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
/    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
{    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
'    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
'    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
}    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
b    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
!    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
0    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
U    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
S    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
E    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
P    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
-    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
>    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
N    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
w    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
w    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
A    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
S    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
Y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
N    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
C    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
I    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
O    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
/    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
A    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
S    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
Y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
N    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
C    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
I    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
O    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
/    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
*    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
A    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
S    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
Y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
N    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
C    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
I    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
O    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
/    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
*    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
0    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
0    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
1    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
2    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
7    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
0    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
0    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
1    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
{    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
}    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
w    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
x    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
1    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
2    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
7    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
0    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
0    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
1    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
{    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
}    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
w    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
x    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
w    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
A    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
S    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
Y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
N    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
C    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
I    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
O    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
/    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
A    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
S    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
Y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
N    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
C    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
I    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
O    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
/    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
*    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
!    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
0    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
H    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
K    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
C    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
E    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
b    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
P    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
-    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
>    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
N    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
A    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
S    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
Y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
N    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
C    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
I    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
O    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
/    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
0    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
g    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
f    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
P    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
-    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
>    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
N    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
:    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
C    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
A    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
[    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
0    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
]    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
w    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
/    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
w    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
/    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
w    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
/    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
A    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
S    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
Y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
N    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
C    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
I    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
O    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
/    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
/    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
/    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
k    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
y    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
(    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
_    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
h    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
/    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
p    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
m    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
)    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
c    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
=    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
0    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
,    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
v    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
a    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
H    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
E    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
L    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
L    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
O    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
I    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
N    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
S    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
I    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
D    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
E    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
T    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
L    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
S    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
"    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
i    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
n    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
     # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
r    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
e    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
l    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
.    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
s    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
d    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
o    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
u    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
t    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")

    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
