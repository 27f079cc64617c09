<?php
// A plain long-running worker loop: the handler appends flash messages to $_SESSION, which the loop resets at the start of every request.

function addFlash(string $type, string $message): void
{
    $_SESSION['_flash'][$type][] = $message;
}

function handle(int $i): int
{
    addFlash('success', sprintf('Your review of product #%d was published. %s', $i, str_repeat('Thanks for sharing! ', 35)));
    return 302;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $_SESSION = [];
    handle($i);
}
