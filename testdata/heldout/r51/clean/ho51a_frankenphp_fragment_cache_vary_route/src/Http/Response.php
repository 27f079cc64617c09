<?php

namespace App\Http;

final class Response
{
    public function __construct(public readonly string $body, public readonly int $status = 200)
    {
    }

    public function send(): void
    {
        // The SAPI would write status, headers and body here; the stand-in
        // drops them (cases print nothing).
    }
}
