<?php
namespace App\Http;

use App\Eta\EtaCalculator;
use App\Eta\EtaRequest;
use React\Http\Message\Response;
use React\Http\Message\ServerRequest;

final class EtaController
{
    public function __construct(private EtaCalculator $calculator) {}

    public function __invoke(ServerRequest $request): Response
    {
        $eta = $this->calculator->estimate(EtaRequest::fromJson($request->getBody(), $request->getHeaderLine('X-Trace-Id')));
        return Response::json($eta->toArray());
    }
}
