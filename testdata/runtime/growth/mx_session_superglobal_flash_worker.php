<?php
// A plain long-running worker loop: the handler appends flash messages to $_SESSION, which nothing refills between requests.

function addFlash(string $type, string $message): void
{
    $_SESSION['_flash'][$type][] = $message; // leak
}

function handle(int $i): int
{
    addFlash('success', sprintf('Your review of product #%d was published. %s', $i, str_repeat('Thanks for sharing! ', 35)));
    return 302;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
}
