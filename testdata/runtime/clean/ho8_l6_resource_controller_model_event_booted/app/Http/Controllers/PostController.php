<?php

namespace App\Http\Controllers;

use App\Models\Post;
use Illuminate\Http\Request;

class PostController
{
    public function store(Request $request): string
    {
        $post = new Post(['title' => $request->input('title'), 'body' => $request->input('body')]);
        $post->attributes['author'] = $request->input('author');
        $post->save();

        return json_encode(['id' => $post->id, 'slug' => $post->attributes['slug']]);
    }
}
