<?php

declare(strict_types=1);

namespace App\Http;

use App\Recruitment\ScreenerService;
use Swoole\Http\Request;
use Swoole\Http\Response;

/**
 * POST /screener: the panel provider redirects respondents here with
 * their panelist id; the screener answers arrive as form fields.
 */
final class ScreenerController
{
    private const FIELDS = ['gender', 'age', 'industry', 'commutes', 'email', 'postcode', 'device', 'consent'];

    public function __construct(private ScreenerService $screener)
    {
    }

    public function __invoke(Request $request, Response $response): void
    {
        $panelistId = (string) ($request->get['pid'] ?? '');
        if (!preg_match('/^[A-Za-z0-9_-]{6,64}$/', $panelistId)) {
            $response->status(400);
            $response->end('{"error":"missing panelist id"}');

            return;
        }

        $answers = [];
        foreach (self::FIELDS as $field) {
            $answers[$field] = trim((string) ($request->post[$field] ?? ''));
        }
        $result = $this->screener->screen($panelistId, (string) ($request->get['src'] ?? 'direct'), $answers);

        $response->header('Content-Type', 'application/json');
        $response->end(json_encode($result + ['redirect' => $this->redirectFor($result['status'], $panelistId)]));
    }

    private function redirectFor(string $status, string $panelistId): string
    {
        $code = ['qualified' => 'complete', 'quota_full' => 'overquota', 'screened_out' => 'screenout'][$status];

        return sprintf('https://panel.example.net/return?status=%s&pid=%s', $code, rawurlencode($panelistId));
    }
}
