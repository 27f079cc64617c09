<?php

namespace App\Http;

use App\Facades\PickLists;
use App\Warehouse\PickLine;
use App\Warehouse\PickList;

final class PickListController
{
    public function store(array $request): array
    {
        $list = new PickList($request['pick_list_id'], $request['order'], $request['picker']);
        foreach ($request['lines'] as $row) {
            $list->addLine(new PickLine($row['sku'], $row['bin'], $row['qty'], $row['description']));
        }
        PickLists::open($list);

        return $this->confirmPicks($list->id, $request['scans']);
    }

    private function confirmPicks(string $id, array $scans): array
    {
        $list = PickLists::get($id);
        foreach ($list->lines as $i => $line) {
            $line->picked = $scans[$i] ?? 0;
        }

        if ($list->hasShortLines()) {
            return $this->cancel($list, 'short pick');
        }

        return $this->complete($list);
    }

    private function complete(PickList $list): array
    {
        $list->status = PickList::STATUS_COMPLETE;
        $list->completedAt = date(DATE_ATOM, 1700000000 + \count($list->lines));
        PickLists::forget($list->id);

        return ['status' => 200, 'pick_list' => $list->id, 'state' => $list->status];
    }

    private function cancel(PickList $list, string $reason): array
    {
        $list->status = PickList::STATUS_CANCELLED;
        PickLists::forget($list->id);

        return ['status' => 409, 'pick_list' => $list->id, 'reason' => $reason];
    }
}
