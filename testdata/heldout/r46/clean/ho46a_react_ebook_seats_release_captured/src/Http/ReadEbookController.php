<?php

namespace App\Http;

use App\Licensing\LeaseCodec;
use App\Licensing\LicenceLease;
use App\Licensing\SeatRegistry;
use React\Http\Message\Response;
use React\Http\Message\ServerRequest;
use React\Stream\ThroughStream;

final class ReadEbookController
{
    private int $sessions = 0;

    public function __construct(private SeatRegistry $seats)
    {
    }

    public function __invoke(ServerRequest $request): Response
    {
        $isbn = $request->getAttribute('isbn');
        $patron = $request->getAttribute('patron');
        $session = ++$this->sessions;
        $lease = new LicenceLease($isbn, $patron, $session, LeaseCodec::token($isbn, $patron, $session));

        if (!$this->seats->tryAcquire($lease)) {
            return new Response(409, ['content-type' => 'application/json'], '{"error":"all licences in use, join the waitlist"}');
        }

        $leaseId = $lease->id();
        $body = new ThroughStream();
        $body->on('close', function () use ($lease): void {
            $this->seats->release($lease);
        });
        $body->write('<epub-manifest lease="' . $leaseId . '"/>');

        return new Response(200, ['content-type' => 'application/epub+zip', 'x-lease' => $leaseId], $body);
    }
}
