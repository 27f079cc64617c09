<?php

namespace ChatApp\Chat;

final class RoomDirectory
{
    /** @var array<string, Room> */
    private array $rooms = [];
    /** @var array<string, array<string, true>> userId => roomIds */
    private array $roomsOf = [];

    public function direct(Participant $from, Participant $to): Room
    {
        $pair = [$from->userId, $to->userId];
        sort($pair);
        $id = 'dm:' . implode(':', $pair);
        if (!isset($this->rooms[$id])) {
            $room = new Room($id, 'direct');
            $room->admit($from);
            $room->admit($to);
            $this->rooms[$id] = $room;
        }
        $this->roomsOf[$from->userId][$id] = true;
        $this->roomsOf[$to->userId][$id] = true;
        return $this->rooms[$id];
    }

    /** The user disconnected: forget every direct room they were part of. */
    public function leaveAll(string $userId): void
    {
        foreach (array_keys($this->roomsOf[$userId] ?? []) as $roomId) {
            foreach ($this->rooms[$roomId]?->memberIds() ?? [] as $memberId) {
                unset($this->roomsOf[$memberId][$roomId]);
                if (empty($this->roomsOf[$memberId])) {
                    unset($this->roomsOf[$memberId]);
                }
            }
            unset($this->rooms[$roomId]);
        }
        unset($this->roomsOf[$userId]);
    }
}
