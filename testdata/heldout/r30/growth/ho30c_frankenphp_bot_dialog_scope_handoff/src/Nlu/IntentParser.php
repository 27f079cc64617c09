<?php

namespace SupportBot\Nlu;

final class Intent
{
    public function __construct(public readonly string $name, public readonly array $entities = [])
    {
    }
}

final class IntentParser
{
    public function parse(string $text): Intent
    {
        $text = strtolower($text);
        if (preg_match('/\b(agent|human|person|complaint)\b/', $text)) {
            return new Intent('human_agent');
        }
        if (preg_match('/order\s*#?(\d+)/', $text, $m)) {
            return new Intent('order_status', ['order' => $m[1]]);
        }

        return new Intent('smalltalk');
    }
}
