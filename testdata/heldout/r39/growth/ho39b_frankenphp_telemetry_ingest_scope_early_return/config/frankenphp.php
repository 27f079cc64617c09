<?php

// FrankenPHP worker-mode stand-in: frankenphp_handle_request() blocks until
// the next request arrives and returns false when the worker must restart.
if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $max = (int) (getenv('PHPLEAK_N') ?: 100);
        if ($served >= $max) {
            return false;
        }

        $i = $served++;
        // clients retransmit every other batch on lossy links
        $seq = intdiv($i, 2);
        $_SERVER['REMOTE_ADDR'] = '198.51.100.' . ($seq % 200);
        $_SERVER['HTTP_USER_AGENT'] = 'ArenaClient/1.14.' . ($seq % 3) . ' (Windows NT 10.0; x64)';
        $GLOBALS['__frankenphp_body'] = json_encode([
            'match' => sprintf('m-%07d', 90000 + intdiv($seq, 8)),
            'player' => sprintf('76561198%09d', 5000 + $seq % 8),
            'seq' => $seq,
            'build' => '1.14.' . ($seq % 3) . '+' . substr(sha1((string) ($seq % 3)), 0, 10),
            'platform' => ['pc', 'ps5', 'xsx'][$seq % 3],
            'events' => [
                ['t' => $seq * 50, 'k' => 'recoil', 'v' => ($seq % 10) / 10],
                ['t' => $seq * 50 + 16, 'k' => 'trigger', 'v' => ($seq % 7) / 7],
                ['t' => $seq * 50 + 33, 'k' => 'wallpeek', 'v' => ($seq % 13) / 13],
            ],
        ], JSON_THROW_ON_ERROR);
        $handler();

        return true;
    }
}
