<?php

namespace App\Http\Controllers;

use App\Images\TransformResolver;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

class ThumbnailController
{
    public function __construct(private TransformResolver $transforms)
    {
    }

    public function show(Request $request, string $photo): Response
    {
        if (!preg_match('/^[a-f0-9]{40}$/', $photo)) {
            return new Response('Unknown photo', 404);
        }

        $spec = $this->transforms->forRequest($request);

        $location = sprintf(
            '%s/%s/%s/%s.%s?v=%s',
            config('images.cdn_host'),
            substr($photo, 0, 2),
            $photo,
            $spec->pathSegment(),
            $spec->format,
            $spec->signature,
        );

        return new Response('', 302, [
            'Location' => $location,
            'Cache-Control' => 'public, max-age=86400',
            'Vary' => 'Accept',
        ]);
    }
}
