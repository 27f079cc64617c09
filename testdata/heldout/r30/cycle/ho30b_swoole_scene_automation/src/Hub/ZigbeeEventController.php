<?php

namespace Hub\Hub;

use Hub\Automation\SceneFactory;
use Swoole\Http\Request;
use Swoole\Http\Response;

final class ZigbeeEventController
{
    private int $dispatched = 0;

    public function __construct(private SceneFactory $scenes)
    {
    }

    public function __invoke(Request $request, Response $response): void
    {
        $event = json_decode($request->getContent(), true);
        if (!is_array($event) || !isset($event['room'], $event['type'])) {
            $response->status(422);
            $response->end('{"error":"invalid event"}');

            return;
        }

        $actions = [];
        foreach ($this->scenes->forRoom($event['room']) as $scene) {
            array_push($actions, ...$scene->evaluate($event['type'], $event));
        }
        $this->dispatched += count($actions);

        $response->header('Content-Type', 'application/json');
        $response->end(json_encode(['actions' => count($actions)]));
    }
}
