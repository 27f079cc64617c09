<?php

declare(strict_types=1);

namespace App\Http;

final class JsonResponse
{
    public readonly string $content;

    /**
     * @param array<string, mixed> $data
     * @param array<string, string> $headers
     */
    public function __construct(array $data, public readonly int $status = 200, public readonly array $headers = [])
    {
        $this->content = json_encode($data, JSON_THROW_ON_ERROR);
    }
}
