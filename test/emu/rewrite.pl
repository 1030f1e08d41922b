#!/usr/bin/perl
# rewrite.pl SRC DST — copies a source file for the CPU emulator's build (cuda_runtime.h here), turning
# the two pieces of CUDA syntax that no C++ compiler accepts into calls to the emulator:
#   kernel<<<grid, block, shared, stream>>>(args)  ->  ::emu::Launch("kernel", grid, block, shared, stream)(kernel, args)
#   extern __shared__ T name[];                    ->  T* name = (T*)::emu::dynamic_shared();
# Everything else is left as it is, so line numbers in errors still match the original.
use strict;
use warnings;
my ($src, $dst) = @ARGV;
die "usage: rewrite.pl SRC DST\n" unless defined $dst;
open(my $in, '<', $src) or die "rewrite.pl: cannot read $src: $!\n";
local $/;
my $text = <$in>;
close($in);
$text =~ s{([A-Za-z_][\w:]*(?:<[^;<>()]*>)?)<<<(.*?)>>>\(}{::emu::Launch("$1", $2)($1, }gs;
$text =~ s{extern\s+__shared__\s+(?:__align__\(\d+\)\s+)?([\w:]+)\s+(\w+)\s*\[\s*\]\s*;}{$1* $2 = ($1*)::emu::dynamic_shared();}g;
open(my $out, '>', "$dst.tmp") or die "rewrite.pl: cannot write $dst.tmp: $!\n";
print $out $text;
close($out) or die "rewrite.pl: cannot write $dst.tmp: $!\n";
rename("$dst.tmp", $dst) or die "rewrite.pl: cannot rename to $dst: $!\n";
