<?php

namespace App\Http;

use App\PunchList\PunchItem;
use App\PunchList\PunchListBoard;
use Spiral\RoadRunner\Http\Request;
use Spiral\RoadRunner\Http\Response;

final class RaisePunchItemController
{
    public function __construct(private PunchListBoard $board)
    {
    }

    public function __invoke(Request $request): Response
    {
        $data = $request->json();
        $item = new PunchItem(
            ref: $data['ref'],
            area: $data['area'],
            trade: $data['trade'],
            description: $data['description'],
            raisedBy: $request->attributes['user'],
            raisedAt: new \DateTimeImmutable('@' . $data['ts']),
        );
        $list = $this->board->area($item->area);
        $list->add($item);

        return new Response(201, json_encode(['ref' => $item->ref, 'position' => $item->position(), 'open' => count($list)]));
    }
}
