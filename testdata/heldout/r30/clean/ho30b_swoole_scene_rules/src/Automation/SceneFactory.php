<?php

namespace Hub\Automation;

final class SceneFactory
{
    public function __construct(private array $rowsByRoom)
    {
    }

    /** @return list<Scene> */
    public function forRoom(string $room): array
    {
        $scenes = [];
        foreach ($this->rowsByRoom[$room] ?? [] as $row) {
            $scenes[] = new Scene($row['id'], $room, $row['triggers'], $row['actions']);
        }

        return $scenes;
    }
}
