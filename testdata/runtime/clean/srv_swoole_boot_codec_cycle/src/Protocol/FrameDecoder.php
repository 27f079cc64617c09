<?php

namespace App\Protocol;

final class FrameDecoder
{
    public const MAGIC = 0x50520001;

    public function __construct(private CodecRegistry $codecs)
    {
    }

    public function decode(int $fd, string $data): Frame
    {
        $magic = unpack('N', substr($data, 0, 4))[1];
        if ($magic !== self::MAGIC) {
            throw new \UnexpectedValueException(sprintf('bad frame magic 0x%08x from fd %d', $magic, $fd));
        }
        $frame = new Frame($fd, $magic, substr($data, 4));
        $fields = json_decode($frame->body, true, 8, JSON_THROW_ON_ERROR);
        $codec = $this->codecs->get($fields['type'] ?? '');
        if ($codec !== null) {
            $frame->attach($codec->decode($fields));
        }

        return $frame;
    }
}
