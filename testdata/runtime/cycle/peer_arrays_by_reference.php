<?php
// Two session records point at each other by reference while a chat is being paired.

function pairSessions(string $left, string $right): string
{
    $a = ['id' => $left, 'state' => str_repeat('waiting;', 30)];
    $b = ['id' => $right, 'state' => str_repeat('waiting;', 30)];
    $a['peer'] = &$b; // leak
    $b['peer'] = &$a; // leak

    return $a['peer']['id'] . '<->' . $b['peer']['id'];
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    pairSessions("s{$i}a", "s{$i}b");
}
