<?php

namespace App\Http\Controllers;

use App\Telematics\Codec8Decoder;
use App\Telematics\PositionWriter;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

final class TeltonikaIngestController
{
    public function __construct(
        private readonly Codec8Decoder $decoder,
        private readonly PositionWriter $positions,
    ) {
    }

    public function __invoke(Request $request): Response
    {
        $packet = json_decode($request->getContent(), true, 16, JSON_THROW_ON_ERROR);
        $accepted = $this->positions->write($packet['imei'], $this->decoder->decode($packet));

        return new Response(json_encode(['accepted' => $accepted]), 202);
    }
}
