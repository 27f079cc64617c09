<?php
namespace Fleet\Http;

use Fleet\Telematics\Ping;
use Fleet\Telematics\PingIngestor;
use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

class PingController
{
    public function __construct(private PingIngestor $ingestor)
    {
    }

    public function __invoke(ServerRequest $request): Response
    {
        if ($request->getHeaderLine('x-device-token') === '') {
            return new Response(401);
        }
        try {
            $data = json_decode($request->getBody(), true, 8, JSON_THROW_ON_ERROR);
        } catch (\JsonException) {
            return new Response(400, [], '{"error":"malformed payload"}');
        }
        $ping = Ping::fromPayload($data, $request->getServerParams()['REMOTE_ADDR'] ?? '');
        $accepted = $this->ingestor->ingest($ping, $ping->recordedAt + 2);

        return new Response($accepted ? 202 : 422, ['content-type' => ['application/json']], $accepted ? '{"status":"queued"}' : '{"error":"stale"}');
    }
}
