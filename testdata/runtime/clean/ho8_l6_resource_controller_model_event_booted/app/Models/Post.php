<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class Post extends Model
{
    protected static function booted(): void
    {
        static::saving(function (Post $post) {
            $post->attributes['slug'] = strtolower(preg_replace('/\W+/', '-', $post->attributes['title']));
        });
    }
}
