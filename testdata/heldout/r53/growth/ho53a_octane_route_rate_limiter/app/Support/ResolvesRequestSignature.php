<?php

namespace App\Support;

use Illuminate\Http\Request;

trait ResolvesRequestSignature
{
    /**
     * The bucket a request counts against: one per endpoint and client.
     */
    protected function resolveRequestSignature(Request $request): string
    {
        return sha1(implode('|', [
            $request->method(),
            $request->path(),
            $request->ip(),
        ]));
    }
}
