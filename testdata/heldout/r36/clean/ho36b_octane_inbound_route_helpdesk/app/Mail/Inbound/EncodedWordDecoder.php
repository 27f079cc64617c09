<?php

namespace App\Mail\Inbound;

/**
 * RFC 2047 decoding of "=?charset?B|Q?text?=" words in inbound headers.
 */
final class EncodedWordDecoder
{
    private const WORD = '/=\?([A-Za-z0-9_\-]+)\?([BbQq])\?([^?\s]*)\?=/';

    private const CHARSETS = [
        'utf-8' => 'UTF-8',
        'utf8' => 'UTF-8',
        'us-ascii' => 'UTF-8',
        'iso-8859-1' => 'ISO-8859-1',
        'latin1' => 'ISO-8859-1',
        'windows-1252' => 'ISO-8859-1',
    ];

    public function decode(string $header): string
    {
        // adjacent encoded words are joined without the whitespace between them
        $header = preg_replace('/(\?=)\s+(=\?)/', '$1$2', $header);

        return preg_replace_callback(
            self::WORD,
            fn (array $m): string => $this->decodeWord($m[1], $m[2], $m[3]),
            $header,
        );
    }

    private function decodeWord(string $charset, string $encoding, string $text): string
    {
        $bytes = strtoupper($encoding) === 'B'
            ? (string) base64_decode($text, false)
            : quoted_printable_decode(str_replace('_', ' ', $text));

        return $this->toUtf8($bytes, $this->canonicalCharset($charset));
    }

    private static function cacheKey(string $charset): string
    {
        return strtolower(trim($charset));
    }

    private function canonicalCharset(string $charset): string
    {
        static $resolved = [];

        $key = self::cacheKey($charset);
        if (!isset(self::CHARSETS[$key])) {
            return 'UTF-8';
        }

        return $resolved[$key] ??= self::CHARSETS[$key];
    }

    private function toUtf8(string $bytes, string $charset): string
    {
        if ($charset !== 'ISO-8859-1') {
            return $bytes;
        }

        return preg_replace_callback(
            '/[\x80-\xFF]/',
            static fn (array $m): string => chr(0xC0 | (ord($m[0]) >> 6)) . chr(0x80 | (ord($m[0]) & 0x3F)),
            $bytes,
        );
    }
}
