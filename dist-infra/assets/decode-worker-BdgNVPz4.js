function Nt(r, t) {
	var e = Object.setPrototypeOf;
	e ? e(r, t) : r.__proto__ = t;
}
function Tt(r, t) {
	t === void 0 && (t = r.constructor);
	var e = Error.captureStackTrace;
	e && e(r, t);
}
var Rt = (function() {
	var r = function(e, n) {
		return r = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(o, i) {
			o.__proto__ = i;
		} || function(o, i) {
			for (var a in i) Object.prototype.hasOwnProperty.call(i, a) && (o[a] = i[a]);
		}, r(e, n);
	};
	return function(t, e) {
		if (typeof e != "function" && e !== null) throw new TypeError("Class extends value " + String(e) + " is not a constructor or null");
		r(t, e);
		function n() {
			this.constructor = t;
		}
		t.prototype = e === null ? Object.create(e) : (n.prototype = e.prototype, new n());
	};
})(), bt = (function(r) {
	Rt(t, r);
	function t(e, n) {
		var o = this.constructor, i = r.call(this, e, n) || this;
		return Object.defineProperty(i, "name", {
			value: o.name,
			enumerable: !1,
			configurable: !0
		}), Nt(i, o.prototype), Tt(i), i;
	}
	return t;
})(Error), Pt = (function() {
	var r = function(t, e) {
		return r = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(n, o) {
			n.__proto__ = o;
		} || function(n, o) {
			for (var i in o) Object.prototype.hasOwnProperty.call(o, i) && (n[i] = o[i]);
		}, r(t, e);
	};
	return function(t, e) {
		if (typeof e != "function" && e !== null) throw new TypeError("Class extends value " + String(e) + " is not a constructor or null");
		r(t, e);
		function n() {
			this.constructor = t;
		}
		t.prototype = e === null ? Object.create(e) : (n.prototype = e.prototype, new n());
	};
})(), U = (function(r) {
	Pt(t, r);
	function t(e) {
		e === void 0 && (e = void 0);
		var n = r.call(this, e) || this;
		return n.message = e, n;
	}
	return t.prototype.getKind = function() {
		return this.constructor.kind;
	}, t.kind = "Exception", t;
})(bt), Bt = (function() {
	var r = function(t, e) {
		return r = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(n, o) {
			n.__proto__ = o;
		} || function(n, o) {
			for (var i in o) Object.prototype.hasOwnProperty.call(o, i) && (n[i] = o[i]);
		}, r(t, e);
	};
	return function(t, e) {
		if (typeof e != "function" && e !== null) throw new TypeError("Class extends value " + String(e) + " is not a constructor or null");
		r(t, e);
		function n() {
			this.constructor = t;
		}
		t.prototype = e === null ? Object.create(e) : (n.prototype = e.prototype, new n());
	};
})(), O = (function(r) {
	Bt(t, r);
	function t() {
		return r !== null && r.apply(this, arguments) || this;
	}
	return t.kind = "IllegalArgumentException", t;
})(U), Dt = (function() {
	function r(t) {
		if (this.binarizer = t, t === null) throw new O("Binarizer must be non-null.");
	}
	return r.prototype.getWidth = function() {
		return this.binarizer.getWidth();
	}, r.prototype.getHeight = function() {
		return this.binarizer.getHeight();
	}, r.prototype.getBlackRow = function(t, e) {
		return this.binarizer.getBlackRow(t, e);
	}, r.prototype.getBlackMatrix = function() {
		return (this.matrix === null || this.matrix === void 0) && (this.matrix = this.binarizer.getBlackMatrix()), this.matrix;
	}, r.prototype.isCropSupported = function() {
		return this.binarizer.getLuminanceSource().isCropSupported();
	}, r.prototype.crop = function(t, e, n, o) {
		var i = this.binarizer.getLuminanceSource().crop(t, e, n, o);
		return new r(this.binarizer.createBinarizer(i));
	}, r.prototype.isRotateSupported = function() {
		return this.binarizer.getLuminanceSource().isRotateSupported();
	}, r.prototype.rotateCounterClockwise = function() {
		var t = this.binarizer.getLuminanceSource().rotateCounterClockwise();
		return new r(this.binarizer.createBinarizer(t));
	}, r.prototype.rotateCounterClockwise45 = function() {
		var t = this.binarizer.getLuminanceSource().rotateCounterClockwise45();
		return new r(this.binarizer.createBinarizer(t));
	}, r.prototype.toString = function() {
		try {
			return this.getBlackMatrix().toString();
		} catch {
			return "";
		}
	}, r;
})(), ot;
(function(r) {
	r[r.OTHER = 0] = "OTHER", r[r.PURE_BARCODE = 1] = "PURE_BARCODE", r[r.POSSIBLE_FORMATS = 2] = "POSSIBLE_FORMATS", r[r.TRY_HARDER = 3] = "TRY_HARDER", r[r.CHARACTER_SET = 4] = "CHARACTER_SET", r[r.ALLOWED_LENGTHS = 5] = "ALLOWED_LENGTHS", r[r.ASSUME_CODE_39_CHECK_DIGIT = 6] = "ASSUME_CODE_39_CHECK_DIGIT", r[r.ENABLE_CODE_39_EXTENDED_MODE = 7] = "ENABLE_CODE_39_EXTENDED_MODE", r[r.ASSUME_GS1 = 8] = "ASSUME_GS1", r[r.RETURN_CODABAR_START_END = 9] = "RETURN_CODABAR_START_END", r[r.NEED_RESULT_POINT_CALLBACK = 10] = "NEED_RESULT_POINT_CALLBACK", r[r.ALLOWED_EAN_EXTENSIONS = 11] = "ALLOWED_EAN_EXTENSIONS";
})(ot || (ot = {}));
var k = ot, Ut = (function() {
	function r(t) {
		this.source = t;
	}
	return r.prototype.getLuminanceSource = function() {
		return this.source;
	}, r.prototype.getWidth = function() {
		return this.source.getWidth();
	}, r.prototype.getHeight = function() {
		return this.source.getHeight();
	}, r;
})(), B = (function() {
	function r() {}
	return r.arraycopy = function(t, e, n, o, i) {
		if (t === n && e < o) for (o += i - 1, e += i - 1; i--;) n[o--] = t[e--];
		else for (; i--;) n[o++] = t[e++];
	}, r.currentTimeMillis = function() {
		return Date.now();
	}, r;
})(), Ft = (function() {
	var r = function(t, e) {
		return r = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(n, o) {
			n.__proto__ = o;
		} || function(n, o) {
			for (var i in o) Object.prototype.hasOwnProperty.call(o, i) && (n[i] = o[i]);
		}, r(t, e);
	};
	return function(t, e) {
		if (typeof e != "function" && e !== null) throw new TypeError("Class extends value " + String(e) + " is not a constructor or null");
		r(t, e);
		function n() {
			this.constructor = t;
		}
		t.prototype = e === null ? Object.create(e) : (n.prototype = e.prototype, new n());
	};
})(), kt = (function(r) {
	Ft(t, r);
	function t() {
		return r !== null && r.apply(this, arguments) || this;
	}
	return t.kind = "IndexOutOfBoundsException", t;
})(U), Lt = (function() {
	var r = function(t, e) {
		return r = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(n, o) {
			n.__proto__ = o;
		} || function(n, o) {
			for (var i in o) Object.prototype.hasOwnProperty.call(o, i) && (n[i] = o[i]);
		}, r(t, e);
	};
	return function(t, e) {
		if (typeof e != "function" && e !== null) throw new TypeError("Class extends value " + String(e) + " is not a constructor or null");
		r(t, e);
		function n() {
			this.constructor = t;
		}
		t.prototype = e === null ? Object.create(e) : (n.prototype = e.prototype, new n());
	};
})(), lt = (function(r) {
	Lt(t, r);
	function t(e, n) {
		e === void 0 && (e = void 0), n === void 0 && (n = void 0);
		var o = r.call(this, n) || this;
		return o.index = e, o.message = n, o;
	}
	return t.kind = "ArrayIndexOutOfBoundsException", t;
})(kt), xt = function(r) {
	var t = typeof Symbol == "function" && Symbol.iterator, e = t && r[t], n = 0;
	if (e) return e.call(r);
	if (r && typeof r.length == "number") return { next: function() {
		return r && n >= r.length && (r = void 0), {
			value: r && r[n++],
			done: !r
		};
	} };
	throw new TypeError(t ? "Object is not iterable." : "Symbol.iterator is not defined.");
}, tt = (function() {
	function r() {}
	return r.fill = function(t, e) {
		for (var n = 0, o = t.length; n < o; n++) t[n] = e;
	}, r.fillWithin = function(t, e, n, o) {
		r.rangeCheck(t.length, e, n);
		for (var i = e; i < n; i++) t[i] = o;
	}, r.rangeCheck = function(t, e, n) {
		if (e > n) throw new O("fromIndex(" + e + ") > toIndex(" + n + ")");
		if (e < 0) throw new lt(e);
		if (n > t) throw new lt(n);
	}, r.asList = function() {
		for (var t = [], e = 0; e < arguments.length; e++) t[e] = arguments[e];
		return t;
	}, r.create = function(t, e, n) {
		return Array.from({ length: t }).map(function(o) {
			return Array.from({ length: e }).fill(n);
		});
	}, r.createInt32Array = function(t, e, n) {
		return Array.from({ length: t }).map(function(o) {
			return Int32Array.from({ length: e }).fill(n);
		});
	}, r.equals = function(t, e) {
		if (!t || !e || !t.length || !e.length || t.length !== e.length) return !1;
		for (var n = 0, o = t.length; n < o; n++) if (t[n] !== e[n]) return !1;
		return !0;
	}, r.hashCode = function(t) {
		var e, n;
		if (t === null) return 0;
		var o = 1;
		try {
			for (var i = xt(t), a = i.next(); !a.done; a = i.next()) {
				var s = a.value;
				o = 31 * o + s;
			}
		} catch (u) {
			e = { error: u };
		} finally {
			try {
				a && !a.done && (n = i.return) && n.call(i);
			} finally {
				if (e) throw e.error;
			}
		}
		return o;
	}, r.fillUint8Array = function(t, e) {
		for (var n = 0; n !== t.length; n++) t[n] = e;
	}, r.copyOf = function(t, e) {
		return t.slice(0, e);
	}, r.copyOfUint8Array = function(t, e) {
		if (t.length <= e) {
			var n = new Uint8Array(e);
			return n.set(t), n;
		}
		return t.slice(0, e);
	}, r.copyOfRange = function(t, e, n) {
		var o = n - e, i = new Int32Array(o);
		return B.arraycopy(t, e, i, 0, o), i;
	}, r.binarySearch = function(t, e, n) {
		n === void 0 && (n = r.numberComparator);
		for (var o = 0, i = t.length - 1; o <= i;) {
			var a = i + o >> 1, s = n(e, t[a]);
			if (s > 0) o = a + 1;
			else if (s < 0) i = a - 1;
			else return a;
		}
		return -o - 1;
	}, r.numberComparator = function(t, e) {
		return t - e;
	}, r;
})(), rt = (function() {
	function r() {}
	return r.numberOfTrailingZeros = function(t) {
		var e;
		if (t === 0) return 32;
		var n = 31;
		return e = t << 16, e !== 0 && (n -= 16, t = e), e = t << 8, e !== 0 && (n -= 8, t = e), e = t << 4, e !== 0 && (n -= 4, t = e), e = t << 2, e !== 0 && (n -= 2, t = e), n - (t << 1 >>> 31);
	}, r.numberOfLeadingZeros = function(t) {
		if (t === 0) return 32;
		var e = 1;
		return t >>> 16 || (e += 16, t <<= 16), t >>> 24 || (e += 8, t <<= 8), t >>> 28 || (e += 4, t <<= 4), t >>> 30 || (e += 2, t <<= 2), e -= t >>> 31, e;
	}, r.toHexString = function(t) {
		return t.toString(16);
	}, r.toBinaryString = function(t) {
		return String(parseInt(String(t), 2));
	}, r.bitCount = function(t) {
		return t = t - (t >>> 1 & 1431655765), t = (t & 858993459) + (t >>> 2 & 858993459), t = t + (t >>> 4) & 252645135, t = t + (t >>> 8), t = t + (t >>> 16), t & 63;
	}, r.truncDivision = function(t, e) {
		return Math.trunc(t / e);
	}, r.parseInt = function(t, e) {
		return e === void 0 && (e = void 0), parseInt(t, e);
	}, r.MIN_VALUE_32_BITS = -2147483648, r.MAX_VALUE = Number.MAX_SAFE_INTEGER, r;
})(), H = (function() {
	function r(t, e) {
		t === void 0 ? (this.size = 0, this.bits = /* @__PURE__ */ new Int32Array(1)) : (this.size = t, e == null ? this.bits = r.makeArray(t) : this.bits = e);
	}
	return r.prototype.getSize = function() {
		return this.size;
	}, r.prototype.getSizeInBytes = function() {
		return Math.floor((this.size + 7) / 8);
	}, r.prototype.ensureCapacity = function(t) {
		if (t > this.bits.length * 32) {
			var e = r.makeArray(t);
			B.arraycopy(this.bits, 0, e, 0, this.bits.length), this.bits = e;
		}
	}, r.prototype.get = function(t) {
		return (this.bits[Math.floor(t / 32)] & 1 << (t & 31)) !== 0;
	}, r.prototype.set = function(t) {
		this.bits[Math.floor(t / 32)] |= 1 << (t & 31);
	}, r.prototype.flip = function(t) {
		this.bits[Math.floor(t / 32)] ^= 1 << (t & 31);
	}, r.prototype.getNextSet = function(t) {
		var e = this.size;
		if (t >= e) return e;
		var n = this.bits, o = Math.floor(t / 32), i = n[o];
		i &= ~((1 << (t & 31)) - 1);
		for (var a = n.length; i === 0;) {
			if (++o === a) return e;
			i = n[o];
		}
		var s = o * 32 + rt.numberOfTrailingZeros(i);
		return s > e ? e : s;
	}, r.prototype.getNextUnset = function(t) {
		var e = this.size;
		if (t >= e) return e;
		var n = this.bits, o = Math.floor(t / 32), i = ~n[o];
		i &= ~((1 << (t & 31)) - 1);
		for (var a = n.length; i === 0;) {
			if (++o === a) return e;
			i = ~n[o];
		}
		var s = o * 32 + rt.numberOfTrailingZeros(i);
		return s > e ? e : s;
	}, r.prototype.setBulk = function(t, e) {
		this.bits[Math.floor(t / 32)] = e;
	}, r.prototype.setRange = function(t, e) {
		if (e < t || t < 0 || e > this.size) throw new O();
		if (e !== t) {
			e--;
			for (var n = Math.floor(t / 32), o = Math.floor(e / 32), i = this.bits, a = n; a <= o; a++) {
				var s = a > n ? 0 : t & 31, u = (2 << (a < o ? 31 : e & 31)) - (1 << s);
				i[a] |= u;
			}
		}
	}, r.prototype.clear = function() {
		for (var t = this.bits.length, e = this.bits, n = 0; n < t; n++) e[n] = 0;
	}, r.prototype.isRange = function(t, e, n) {
		if (e < t || t < 0 || e > this.size) throw new O();
		if (e === t) return !0;
		e--;
		for (var o = Math.floor(t / 32), i = Math.floor(e / 32), a = this.bits, s = o; s <= i; s++) {
			var u = s > o ? 0 : t & 31, l = (2 << (s < i ? 31 : e & 31)) - (1 << u) & 4294967295;
			if ((a[s] & l) !== (n ? l : 0)) return !1;
		}
		return !0;
	}, r.prototype.appendBit = function(t) {
		this.ensureCapacity(this.size + 1), t && (this.bits[Math.floor(this.size / 32)] |= 1 << (this.size & 31)), this.size++;
	}, r.prototype.appendBits = function(t, e) {
		if (e < 0 || e > 32) throw new O("Num bits must be between 0 and 32");
		this.ensureCapacity(this.size + e);
		for (var n = e; n > 0; n--) this.appendBit((t >> n - 1 & 1) === 1);
	}, r.prototype.appendBitArray = function(t) {
		var e = t.size;
		this.ensureCapacity(this.size + e);
		for (var n = 0; n < e; n++) this.appendBit(t.get(n));
	}, r.prototype.xor = function(t) {
		if (this.size !== t.size) throw new O("Sizes don't match");
		for (var e = this.bits, n = 0, o = e.length; n < o; n++) e[n] ^= t.bits[n];
	}, r.prototype.toBytes = function(t, e, n, o) {
		for (var i = 0; i < o; i++) {
			for (var a = 0, s = 0; s < 8; s++) this.get(t) && (a |= 1 << 7 - s), t++;
			e[n + i] = a;
		}
	}, r.prototype.getBitArray = function() {
		return this.bits;
	}, r.prototype.reverse = function() {
		for (var t = new Int32Array(this.bits.length), e = Math.floor((this.size - 1) / 32), n = e + 1, o = this.bits, i = 0; i < n; i++) {
			var a = o[i];
			a = a >> 1 & 1431655765 | (a & 1431655765) << 1, a = a >> 2 & 858993459 | (a & 858993459) << 2, a = a >> 4 & 252645135 | (a & 252645135) << 4, a = a >> 8 & 16711935 | (a & 16711935) << 8, a = a >> 16 & 65535 | (a & 65535) << 16, t[e - i] = a;
		}
		if (this.size !== n * 32) {
			for (var s = n * 32 - this.size, u = t[0] >>> s, i = 1; i < n; i++) {
				var l = t[i];
				u |= l << 32 - s, t[i - 1] = u, u = l >>> s;
			}
			t[n - 1] = u;
		}
		this.bits = t;
	}, r.makeArray = function(t) {
		return new Int32Array(Math.floor((t + 31) / 32));
	}, r.prototype.equals = function(t) {
		if (!(t instanceof r)) return !1;
		var e = t;
		return this.size === e.size && tt.equals(this.bits, e.bits);
	}, r.prototype.hashCode = function() {
		return 31 * this.size + tt.hashCode(this.bits);
	}, r.prototype.toString = function() {
		for (var t = "", e = 0, n = this.size; e < n; e++) !(e & 7) && (t += " "), t += this.get(e) ? "X" : ".";
		return t;
	}, r.prototype.clone = function() {
		return new r(this.size, this.bits.slice());
	}, r.prototype.toArray = function() {
		for (var t = [], e = 0, n = this.size; e < n; e++) t.push(this.get(e));
		return t;
	}, r;
})(), zt = (function() {
	var r = function(t, e) {
		return r = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(n, o) {
			n.__proto__ = o;
		} || function(n, o) {
			for (var i in o) Object.prototype.hasOwnProperty.call(o, i) && (n[i] = o[i]);
		}, r(t, e);
	};
	return function(t, e) {
		if (typeof e != "function" && e !== null) throw new TypeError("Class extends value " + String(e) + " is not a constructor or null");
		r(t, e);
		function n() {
			this.constructor = t;
		}
		t.prototype = e === null ? Object.create(e) : (n.prototype = e.prototype, new n());
	};
})(), I = (function(r) {
	zt(t, r);
	function t() {
		return r !== null && r.apply(this, arguments) || this;
	}
	return t.getFormatInstance = function() {
		return new t();
	}, t.kind = "FormatException", t;
})(U), Kt = function(r) {
	var t = typeof Symbol == "function" && Symbol.iterator, e = t && r[t], n = 0;
	if (e) return e.call(r);
	if (r && typeof r.length == "number") return { next: function() {
		return r && n >= r.length && (r = void 0), {
			value: r && r[n++],
			done: !r
		};
	} };
	throw new TypeError(t ? "Object is not iterable." : "Symbol.iterator is not defined.");
}, m;
(function(r) {
	r[r.Cp437 = 0] = "Cp437", r[r.ISO8859_1 = 1] = "ISO8859_1", r[r.ISO8859_2 = 2] = "ISO8859_2", r[r.ISO8859_3 = 3] = "ISO8859_3", r[r.ISO8859_4 = 4] = "ISO8859_4", r[r.ISO8859_5 = 5] = "ISO8859_5", r[r.ISO8859_6 = 6] = "ISO8859_6", r[r.ISO8859_7 = 7] = "ISO8859_7", r[r.ISO8859_8 = 8] = "ISO8859_8", r[r.ISO8859_9 = 9] = "ISO8859_9", r[r.ISO8859_10 = 10] = "ISO8859_10", r[r.ISO8859_11 = 11] = "ISO8859_11", r[r.ISO8859_13 = 12] = "ISO8859_13", r[r.ISO8859_14 = 13] = "ISO8859_14", r[r.ISO8859_15 = 14] = "ISO8859_15", r[r.ISO8859_16 = 15] = "ISO8859_16", r[r.SJIS = 16] = "SJIS", r[r.Cp1250 = 17] = "Cp1250", r[r.Cp1251 = 18] = "Cp1251", r[r.Cp1252 = 19] = "Cp1252", r[r.Cp1256 = 20] = "Cp1256", r[r.UnicodeBigUnmarked = 21] = "UnicodeBigUnmarked", r[r.UTF8 = 22] = "UTF8", r[r.ASCII = 23] = "ASCII", r[r.Big5 = 24] = "Big5", r[r.GB18030 = 25] = "GB18030", r[r.EUC_KR = 26] = "EUC_KR";
})(m || (m = {}));
var D = (function() {
	function r(t, e, n) {
		for (var o, i, a = [], s = 3; s < arguments.length; s++) a[s - 3] = arguments[s];
		this.valueIdentifier = t, this.name = n, typeof e == "number" ? this.values = Int32Array.from([e]) : this.values = e, this.otherEncodingNames = a, r.VALUE_IDENTIFIER_TO_ECI.set(t, this), r.NAME_TO_ECI.set(n, this);
		for (var u = this.values, l = 0, h = u.length; l !== h; l++) {
			var c = u[l];
			r.VALUES_TO_ECI.set(c, this);
		}
		try {
			for (var w = Kt(a), p = w.next(); !p.done; p = w.next()) {
				var g = p.value;
				r.NAME_TO_ECI.set(g, this);
			}
		} catch (d) {
			o = { error: d };
		} finally {
			try {
				p && !p.done && (i = w.return) && i.call(w);
			} finally {
				if (o) throw o.error;
			}
		}
	}
	return r.prototype.getValueIdentifier = function() {
		return this.valueIdentifier;
	}, r.prototype.getName = function() {
		return this.name;
	}, r.prototype.getValue = function() {
		return this.values[0];
	}, r.getCharacterSetECIByValue = function(t) {
		if (t < 0 || t >= 900) throw new I("incorect value");
		var e = r.VALUES_TO_ECI.get(t);
		if (e === void 0) throw new I("incorect value");
		return e;
	}, r.getCharacterSetECIByName = function(t) {
		var e = r.NAME_TO_ECI.get(t);
		if (e === void 0) throw new I("incorect value");
		return e;
	}, r.prototype.equals = function(t) {
		if (!(t instanceof r)) return !1;
		var e = t;
		return this.getName() === e.getName();
	}, r.VALUE_IDENTIFIER_TO_ECI = /* @__PURE__ */ new Map(), r.VALUES_TO_ECI = /* @__PURE__ */ new Map(), r.NAME_TO_ECI = /* @__PURE__ */ new Map(), r.Cp437 = new r(m.Cp437, Int32Array.from([0, 2]), "Cp437"), r.ISO8859_1 = new r(m.ISO8859_1, Int32Array.from([1, 3]), "ISO-8859-1", "ISO88591", "ISO8859_1"), r.ISO8859_2 = new r(m.ISO8859_2, 4, "ISO-8859-2", "ISO88592", "ISO8859_2"), r.ISO8859_3 = new r(m.ISO8859_3, 5, "ISO-8859-3", "ISO88593", "ISO8859_3"), r.ISO8859_4 = new r(m.ISO8859_4, 6, "ISO-8859-4", "ISO88594", "ISO8859_4"), r.ISO8859_5 = new r(m.ISO8859_5, 7, "ISO-8859-5", "ISO88595", "ISO8859_5"), r.ISO8859_6 = new r(m.ISO8859_6, 8, "ISO-8859-6", "ISO88596", "ISO8859_6"), r.ISO8859_7 = new r(m.ISO8859_7, 9, "ISO-8859-7", "ISO88597", "ISO8859_7"), r.ISO8859_8 = new r(m.ISO8859_8, 10, "ISO-8859-8", "ISO88598", "ISO8859_8"), r.ISO8859_9 = new r(m.ISO8859_9, 11, "ISO-8859-9", "ISO88599", "ISO8859_9"), r.ISO8859_10 = new r(m.ISO8859_10, 12, "ISO-8859-10", "ISO885910", "ISO8859_10"), r.ISO8859_11 = new r(m.ISO8859_11, 13, "ISO-8859-11", "ISO885911", "ISO8859_11"), r.ISO8859_13 = new r(m.ISO8859_13, 15, "ISO-8859-13", "ISO885913", "ISO8859_13"), r.ISO8859_14 = new r(m.ISO8859_14, 16, "ISO-8859-14", "ISO885914", "ISO8859_14"), r.ISO8859_15 = new r(m.ISO8859_15, 17, "ISO-8859-15", "ISO885915", "ISO8859_15"), r.ISO8859_16 = new r(m.ISO8859_16, 18, "ISO-8859-16", "ISO885916", "ISO8859_16"), r.SJIS = new r(m.SJIS, 20, "SJIS", "Shift_JIS"), r.Cp1250 = new r(m.Cp1250, 21, "Cp1250", "windows-1250"), r.Cp1251 = new r(m.Cp1251, 22, "Cp1251", "windows-1251"), r.Cp1252 = new r(m.Cp1252, 23, "Cp1252", "windows-1252"), r.Cp1256 = new r(m.Cp1256, 24, "Cp1256", "windows-1256"), r.UnicodeBigUnmarked = new r(m.UnicodeBigUnmarked, 25, "UnicodeBigUnmarked", "UTF-16BE", "UnicodeBig"), r.UTF8 = new r(m.UTF8, 26, "UTF8", "UTF-8"), r.ASCII = new r(m.ASCII, Int32Array.from([27, 170]), "ASCII", "US-ASCII"), r.Big5 = new r(m.Big5, 28, "Big5"), r.GB18030 = new r(m.GB18030, 29, "GB18030", "GB2312", "EUC_CN", "GBK"), r.EUC_KR = new r(m.EUC_KR, 30, "EUC_KR", "EUC-KR"), r;
})(), Gt = (function() {
	var r = function(t, e) {
		return r = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(n, o) {
			n.__proto__ = o;
		} || function(n, o) {
			for (var i in o) Object.prototype.hasOwnProperty.call(o, i) && (n[i] = o[i]);
		}, r(t, e);
	};
	return function(t, e) {
		if (typeof e != "function" && e !== null) throw new TypeError("Class extends value " + String(e) + " is not a constructor or null");
		r(t, e);
		function n() {
			this.constructor = t;
		}
		t.prototype = e === null ? Object.create(e) : (n.prototype = e.prototype, new n());
	};
})(), $ = (function(r) {
	Gt(t, r);
	function t() {
		return r !== null && r.apply(this, arguments) || this;
	}
	return t.kind = "UnsupportedOperationException", t;
})(U), Z = (function() {
	function r() {}
	return r.decode = function(t, e) {
		var n = this.encodingName(e);
		return this.customDecoder ? this.customDecoder(t, n) : typeof TextDecoder > "u" || this.shouldDecodeOnFallback(n) ? this.decodeFallback(t, n) : new TextDecoder(n).decode(t);
	}, r.shouldDecodeOnFallback = function(t) {
		return !1;
	}, r.encode = function(t, e) {
		var n = this.encodingName(e);
		return this.customEncoder ? this.customEncoder(t, n) : typeof TextEncoder > "u" ? this.encodeFallback(t) : new TextEncoder().encode(t);
	}, r.isBrowser = function() {
		return typeof window < "u" && {}.toString.call(window) === "[object Window]";
	}, r.encodingName = function(t) {
		return typeof t == "string" ? t : t.getName();
	}, r.encodingCharacterSet = function(t) {
		return t instanceof D ? t : D.getCharacterSetECIByName(t);
	}, r.decodeFallback = function(t, e) {
		var n = this.encodingCharacterSet(e);
		if (r.isDecodeFallbackSupported(n)) {
			for (var o = "", i = 0, a = t.length; i < a; i++) {
				var s = t[i].toString(16);
				s.length < 2 && (s = "0" + s), o += "%" + s;
			}
			return decodeURIComponent(o);
		}
		if (n.equals(D.UnicodeBigUnmarked)) return String.fromCharCode.apply(null, Array.from(new Uint16Array(t.buffer)));
		throw new $("Encoding ".concat(this.encodingName(e), " not supported by fallback."));
	}, r.isDecodeFallbackSupported = function(t) {
		return t.equals(D.UTF8) || t.equals(D.ISO8859_1) || t.equals(D.ASCII);
	}, r.encodeFallback = function(t) {
		for (var e = btoa(unescape(encodeURIComponent(t))).split(""), n = [], o = 0; o < e.length; o++) n.push(e[o].charCodeAt(0));
		return new Uint8Array(n);
	}, r;
})(), J = (function() {
	function r() {}
	return r.castAsNonUtf8Char = function(t, e) {
		e === void 0 && (e = null);
		var n = e ? e.getName() : this.ISO88591;
		return Z.decode(new Uint8Array([t]), n);
	}, r.guessEncoding = function(t, e) {
		if (e != null && e.get(k.CHARACTER_SET) !== void 0) return e.get(k.CHARACTER_SET).toString();
		for (var n = t.length, o = !0, i = !0, a = !0, s = 0, u = 0, l = 0, h = 0, c = 0, w = 0, p = 0, g = 0, d = 0, _ = 0, y = 0, S = t.length > 3 && t[0] === 239 && t[1] === 187 && t[2] === 191, E = 0; E < n && (o || i || a); E++) {
			var A = t[E] & 255;
			a && (s > 0 ? (A & 128) === 0 ? a = !1 : s-- : A & 128 && ((A & 64) === 0 ? a = !1 : (s++, (A & 32) === 0 ? u++ : (s++, (A & 16) === 0 ? l++ : (s++, (A & 8) === 0 ? h++ : a = !1))))), o && (A > 127 && A < 160 ? o = !1 : A > 159 && (A < 192 || A === 215 || A === 247) && y++), i && (c > 0 ? A < 64 || A === 127 || A > 252 ? i = !1 : c-- : A === 128 || A === 160 || A > 239 ? i = !1 : A > 160 && A < 224 ? (w++, g = 0, p++, p > d && (d = p)) : A > 127 ? (c++, p = 0, g++, g > _ && (_ = g)) : (p = 0, g = 0));
		}
		return a && s > 0 && (a = !1), i && c > 0 && (i = !1), a && (S || u + l + h > 0) ? r.UTF8 : i && (r.ASSUME_SHIFT_JIS || d >= 3 || _ >= 3) ? r.SHIFT_JIS : o && i ? d === 2 && w === 2 || y * 10 >= n ? r.SHIFT_JIS : r.ISO88591 : o ? r.ISO88591 : i ? r.SHIFT_JIS : a ? r.UTF8 : r.PLATFORM_DEFAULT_ENCODING;
	}, r.format = function(t) {
		for (var e = [], n = 1; n < arguments.length; n++) e[n - 1] = arguments[n];
		var o = -1;
		function i(a, s, u, l, h, c) {
			if (a === "%%") return "%";
			if (e[++o] !== void 0) {
				a = l ? parseInt(l.substr(1)) : void 0;
				var w = h ? parseInt(h.substr(1)) : void 0, p;
				switch (c) {
					case "s":
						p = e[o];
						break;
					case "c":
						p = e[o][0];
						break;
					case "f":
						p = parseFloat(e[o]).toFixed(a);
						break;
					case "p":
						p = parseFloat(e[o]).toPrecision(a);
						break;
					case "e":
						p = parseFloat(e[o]).toExponential(a);
						break;
					case "x":
						p = parseInt(e[o]).toString(w || 16);
						break;
					case "d": p = parseFloat(parseInt(e[o], w || 10).toPrecision(a)).toFixed(0);
				}
				p = typeof p == "object" ? JSON.stringify(p) : (+p).toString(w);
				for (var g = parseInt(u), d = u && u[0] + "" == "0" ? "0" : " "; p.length < g;) p = s !== void 0 ? p + d : d + p;
				return p;
			}
		}
		return t.replace(/%(-)?(0?[0-9]+)?([.][0-9]+)?([#][0-9]+)?([scfpexd%])/g, i);
	}, r.getBytes = function(t, e) {
		return Z.encode(t, e);
	}, r.getCharCode = function(t, e) {
		return e === void 0 && (e = 0), t.charCodeAt(e);
	}, r.getCharAt = function(t) {
		return String.fromCharCode(t);
	}, r.SHIFT_JIS = D.SJIS.getName(), r.GB2312 = "GB2312", r.ISO88591 = D.ISO8859_1.getName(), r.EUC_JP = "EUC_JP", r.UTF8 = D.UTF8.getName(), r.PLATFORM_DEFAULT_ENCODING = r.UTF8, r.ASSUME_SHIFT_JIS = !1, r;
})(), ut = (function() {
	function r(t) {
		t === void 0 && (t = ""), this.value = t;
	}
	return r.prototype.enableDecoding = function(t) {
		return this.encoding = t, this;
	}, r.prototype.append = function(t) {
		return typeof t == "string" ? this.value += t.toString() : this.encoding ? this.value += J.castAsNonUtf8Char(t, this.encoding) : this.value += String.fromCharCode(t), this;
	}, r.prototype.appendChars = function(t, e, n) {
		for (var o = e; e < e + n; o++) this.append(t[o]);
		return this;
	}, r.prototype.length = function() {
		return this.value.length;
	}, r.prototype.charAt = function(t) {
		return this.value.charAt(t);
	}, r.prototype.deleteCharAt = function(t) {
		this.value = this.value.substr(0, t) + this.value.substring(t + 1);
	}, r.prototype.setCharAt = function(t, e) {
		this.value = this.value.substr(0, t) + e + this.value.substr(t + 1);
	}, r.prototype.substring = function(t, e) {
		return this.value.substring(t, e);
	}, r.prototype.setLengthToZero = function() {
		this.value = "";
	}, r.prototype.toString = function() {
		return this.value;
	}, r.prototype.insert = function(t, e) {
		this.value = this.value.substring(0, t) + e + this.value.substring(t);
	}, r;
})(), z = (function() {
	function r(t, e, n, o) {
		if (this.width = t, this.height = e, this.rowSize = n, this.bits = o, e == null && (e = t), this.height = e, t < 1 || e < 1) throw new O("Both dimensions must be greater than 0");
		n == null && (n = t + 31 >> 5), this.rowSize = n, o == null && (this.bits = new Int32Array(this.rowSize * this.height));
	}
	return r.parseFromBooleanArray = function(t) {
		for (var e = t.length, n = t[0].length, o = new r(n, e), i = 0; i < e; i++) for (var a = t[i], s = 0; s < n; s++) a[s] && o.set(s, i);
		return o;
	}, r.parseFromString = function(t, e, n) {
		if (t === null) throw new O("stringRepresentation cannot be null");
		for (var o = new Array(t.length), i = 0, a = 0, s = -1, u = 0, l = 0; l < t.length;) if (t.charAt(l) === `
` || t.charAt(l) === "\r") {
			if (i > a) {
				if (s === -1) s = i - a;
				else if (i - a !== s) throw new O("row lengths do not match");
				a = i, u++;
			}
			l++;
		} else if (t.substring(l, l + e.length) === e) l += e.length, o[i] = !0, i++;
		else if (t.substring(l, l + n.length) === n) l += n.length, o[i] = !1, i++;
		else throw new O("illegal character encountered: " + t.substring(l));
		if (i > a) {
			if (s === -1) s = i - a;
			else if (i - a !== s) throw new O("row lengths do not match");
			u++;
		}
		for (var h = new r(s, u), c = 0; c < i; c++) o[c] && h.set(Math.floor(c % s), Math.floor(c / s));
		return h;
	}, r.prototype.get = function(t, e) {
		var n = e * this.rowSize + (t >> 5);
		return (this.bits[n] >>> (t & 31) & 1) !== 0;
	}, r.prototype.set = function(t, e) {
		var n = e * this.rowSize + (t >> 5);
		this.bits[n] |= 1 << (t & 31) & 4294967295;
	}, r.prototype.unset = function(t, e) {
		var n = e * this.rowSize + (t >> 5);
		this.bits[n] &= ~(1 << (t & 31) & 4294967295);
	}, r.prototype.flip = function(t, e) {
		var n = e * this.rowSize + (t >> 5);
		this.bits[n] ^= 1 << (t & 31) & 4294967295;
	}, r.prototype.xor = function(t) {
		if (this.width !== t.getWidth() || this.height !== t.getHeight() || this.rowSize !== t.getRowSize()) throw new O("input matrix dimensions do not match");
		for (var e = new H((this.width >> 5) + 1), n = this.rowSize, o = this.bits, i = 0, a = this.height; i < a; i++) for (var s = i * n, u = t.getRow(i, e).getBitArray(), l = 0; l < n; l++) o[s + l] ^= u[l];
	}, r.prototype.clear = function() {
		this.bits.fill(0);
	}, r.prototype.setRegion = function(t, e, n, o) {
		if (e < 0 || t < 0) throw new O("Left and top must be nonnegative");
		if (o < 1 || n < 1) throw new O("Height and width must be at least 1");
		var i = t + n, a = e + o;
		if (a > this.height || i > this.width) throw new O("The region must fit inside the matrix");
		for (var s = this.rowSize, u = this.bits, l = e; l < a; l++) for (var h = l * s, c = t; c < i; c++) u[h + (c >> 5)] |= 1 << (c & 31) & 4294967295;
	}, r.prototype.getRow = function(t, e) {
		e == null || e.getSize() < this.width ? e = new H(this.width) : e.clear();
		for (var n = this.rowSize, o = this.bits, i = t * n, a = 0; a < n; a++) e.setBulk(a * 32, o[i + a]);
		return e;
	}, r.prototype.setRow = function(t, e) {
		B.arraycopy(e.getBitArray(), 0, this.bits, t * this.rowSize, this.rowSize);
	}, r.prototype.rotate180 = function() {
		for (var t = this.getWidth(), e = this.getHeight(), n = new H(t), o = new H(t), i = 0, a = Math.floor((e + 1) / 2); i < a; i++) n = this.getRow(i, n), o = this.getRow(e - 1 - i, o), n.reverse(), o.reverse(), this.setRow(i, o), this.setRow(e - 1 - i, n);
	}, r.prototype.getEnclosingRectangle = function() {
		for (var t = this.width, e = this.height, n = this.rowSize, o = this.bits, i = t, a = e, s = -1, u = -1, l = 0; l < e; l++) for (var h = 0; h < n; h++) {
			var c = o[l * n + h];
			if (c !== 0) {
				if (l < a && (a = l), l > u && (u = l), h * 32 < i) {
					for (var w = 0; (c << 31 - w & 4294967295) === 0;) w++;
					h * 32 + w < i && (i = h * 32 + w);
				}
				if (h * 32 + 31 > s) {
					for (var w = 31; !(c >>> w);) w--;
					h * 32 + w > s && (s = h * 32 + w);
				}
			}
		}
		return s < i || u < a ? null : Int32Array.from([
			i,
			a,
			s - i + 1,
			u - a + 1
		]);
	}, r.prototype.getTopLeftOnBit = function() {
		for (var t = this.rowSize, e = this.bits, n = 0; n < e.length && e[n] === 0;) n++;
		if (n === e.length) return null;
		for (var o = n / t, i = n % t * 32, a = e[n], s = 0; (a << 31 - s & 4294967295) === 0;) s++;
		return i += s, Int32Array.from([i, o]);
	}, r.prototype.getBottomRightOnBit = function() {
		for (var t = this.rowSize, e = this.bits, n = e.length - 1; n >= 0 && e[n] === 0;) n--;
		if (n < 0) return null;
		for (var o = Math.floor(n / t), i = Math.floor(n % t) * 32, a = e[n], s = 31; !(a >>> s);) s--;
		return i += s, Int32Array.from([i, o]);
	}, r.prototype.getWidth = function() {
		return this.width;
	}, r.prototype.getHeight = function() {
		return this.height;
	}, r.prototype.getRowSize = function() {
		return this.rowSize;
	}, r.prototype.equals = function(t) {
		if (!(t instanceof r)) return !1;
		var e = t;
		return this.width === e.width && this.height === e.height && this.rowSize === e.rowSize && tt.equals(this.bits, e.bits);
	}, r.prototype.hashCode = function() {
		var t = this.width;
		return t = 31 * t + this.width, t = 31 * t + this.height, t = 31 * t + this.rowSize, t = 31 * t + tt.hashCode(this.bits), t;
	}, r.prototype.toString = function(t, e, n) {
		return t === void 0 && (t = "X "), e === void 0 && (e = "  "), n === void 0 && (n = `
`), this.buildToString(t, e, n);
	}, r.prototype.buildToString = function(t, e, n) {
		for (var o = new ut(), i = 0, a = this.height; i < a; i++) {
			for (var s = 0, u = this.width; s < u; s++) o.append(this.get(s, i) ? t : e);
			o.append(n);
		}
		return o.toString();
	}, r.prototype.clone = function() {
		return new r(this.width, this.height, this.rowSize, this.bits.slice());
	}, r;
})(), Ht = (function() {
	var r = function(t, e) {
		return r = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(n, o) {
			n.__proto__ = o;
		} || function(n, o) {
			for (var i in o) Object.prototype.hasOwnProperty.call(o, i) && (n[i] = o[i]);
		}, r(t, e);
	};
	return function(t, e) {
		if (typeof e != "function" && e !== null) throw new TypeError("Class extends value " + String(e) + " is not a constructor or null");
		r(t, e);
		function n() {
			this.constructor = t;
		}
		t.prototype = e === null ? Object.create(e) : (n.prototype = e.prototype, new n());
	};
})(), C = (function(r) {
	Ht(t, r);
	function t() {
		return r !== null && r.apply(this, arguments) || this;
	}
	return t.getNotFoundInstance = function() {
		return new t();
	}, t.kind = "NotFoundException", t;
})(U), Wt = (function() {
	var r = function(t, e) {
		return r = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(n, o) {
			n.__proto__ = o;
		} || function(n, o) {
			for (var i in o) Object.prototype.hasOwnProperty.call(o, i) && (n[i] = o[i]);
		}, r(t, e);
	};
	return function(t, e) {
		if (typeof e != "function" && e !== null) throw new TypeError("Class extends value " + String(e) + " is not a constructor or null");
		r(t, e);
		function n() {
			this.constructor = t;
		}
		t.prototype = e === null ? Object.create(e) : (n.prototype = e.prototype, new n());
	};
})(), jt = (function(r) {
	Wt(t, r);
	function t(e) {
		var n = r.call(this, e) || this;
		return n.luminances = t.EMPTY, n.buckets = new Int32Array(t.LUMINANCE_BUCKETS), n;
	}
	return t.prototype.getBlackRow = function(e, n) {
		var o = this.getLuminanceSource(), i = o.getWidth();
		n == null || n.getSize() < i ? n = new H(i) : n.clear(), this.initArrays(i);
		for (var a = o.getRow(e, this.luminances), s = this.buckets, u = 0; u < i; u++) s[(a[u] & 255) >> t.LUMINANCE_SHIFT]++;
		var l = t.estimateBlackPoint(s);
		if (i < 3) for (var u = 0; u < i; u++) (a[u] & 255) < l && n.set(u);
		else for (var h = a[0] & 255, c = a[1] & 255, u = 1; u < i - 1; u++) {
			var w = a[u + 1] & 255;
			(c * 4 - h - w) / 2 < l && n.set(u), h = c, c = w;
		}
		return n;
	}, t.prototype.getBlackMatrix = function() {
		var e = this.getLuminanceSource(), n = e.getWidth(), o = e.getHeight(), i = new z(n, o);
		this.initArrays(n);
		for (var a = this.buckets, s = 1; s < 5; s++) for (var u = Math.floor(o * s / 5), l = e.getRow(u, this.luminances), h = Math.floor(n * 4 / 5), c = Math.floor(n / 5); c < h; c++) {
			var w = l[c] & 255;
			a[w >> t.LUMINANCE_SHIFT]++;
		}
		for (var p = t.estimateBlackPoint(a), g = e.getMatrix(), s = 0; s < o; s++) for (var d = s * n, c = 0; c < n; c++) {
			var w = g[d + c] & 255;
			w < p && i.set(c, s);
		}
		return i;
	}, t.prototype.createBinarizer = function(e) {
		return new t(e);
	}, t.prototype.initArrays = function(e) {
		this.luminances.length < e && (this.luminances = new Uint8ClampedArray(e)), this.buckets.fill(0);
	}, t.estimateBlackPoint = function(e) {
		for (var n = e.length, o = 0, i = 0, a = 0, s = 0; s < n; s++) e[s] > a && (i = s, a = e[s]), e[s] > o && (o = e[s]);
		for (var u = 0, l = 0, s = 0; s < n; s++) {
			var h = s - i, c = e[s] * h * h;
			c > l && (u = s, l = c);
		}
		if (i > u) {
			var w = i;
			i = u, u = w;
		}
		if (u - i <= n / 16) throw new C();
		for (var p = u - 1, g = -1, s = u - 1; s > i; s--) {
			var d = s - i, c = d * d * (u - s) * (o - e[s]);
			c > g && (p = s, g = c);
		}
		return p << t.LUMINANCE_SHIFT;
	}, t.LUMINANCE_BITS = 5, t.LUMINANCE_SHIFT = 8 - t.LUMINANCE_BITS, t.LUMINANCE_BUCKETS = 1 << t.LUMINANCE_BITS, t.EMPTY = Uint8ClampedArray.from([0]), t;
})(Ut), Zt = (function() {
	var r = function(t, e) {
		return r = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(n, o) {
			n.__proto__ = o;
		} || function(n, o) {
			for (var i in o) Object.prototype.hasOwnProperty.call(o, i) && (n[i] = o[i]);
		}, r(t, e);
	};
	return function(t, e) {
		if (typeof e != "function" && e !== null) throw new TypeError("Class extends value " + String(e) + " is not a constructor or null");
		r(t, e);
		function n() {
			this.constructor = t;
		}
		t.prototype = e === null ? Object.create(e) : (n.prototype = e.prototype, new n());
	};
})(), Xt = (function(r) {
	Zt(t, r);
	function t(e) {
		var n = r.call(this, e) || this;
		return n.matrix = null, n;
	}
	return t.prototype.getBlackMatrix = function() {
		if (this.matrix !== null) return this.matrix;
		var e = this.getLuminanceSource(), n = e.getWidth(), o = e.getHeight();
		if (n >= t.MINIMUM_DIMENSION && o >= t.MINIMUM_DIMENSION) {
			var i = e.getMatrix(), a = n >> t.BLOCK_SIZE_POWER;
			(n & t.BLOCK_SIZE_MASK) !== 0 && a++;
			var s = o >> t.BLOCK_SIZE_POWER;
			(o & t.BLOCK_SIZE_MASK) !== 0 && s++;
			var u = t.calculateBlackPoints(i, a, s, n, o), l = new z(n, o);
			t.calculateThresholdForBlock(i, a, s, n, o, u, l), this.matrix = l;
		} else this.matrix = r.prototype.getBlackMatrix.call(this);
		return this.matrix;
	}, t.prototype.createBinarizer = function(e) {
		return new t(e);
	}, t.calculateThresholdForBlock = function(e, n, o, i, a, s, u) {
		for (var l = a - t.BLOCK_SIZE, h = i - t.BLOCK_SIZE, c = 0; c < o; c++) {
			var w = c << t.BLOCK_SIZE_POWER;
			w > l && (w = l);
			for (var p = t.cap(c, 2, o - 3), g = 0; g < n; g++) {
				var d = g << t.BLOCK_SIZE_POWER;
				d > h && (d = h);
				for (var _ = t.cap(g, 2, n - 3), y = 0, S = -2; S <= 2; S++) {
					var E = s[p + S];
					y += E[_ - 2] + E[_ - 1] + E[_] + E[_ + 1] + E[_ + 2];
				}
				var A = y / 25;
				t.thresholdBlock(e, d, w, A, i, u);
			}
		}
	}, t.cap = function(e, n, o) {
		return e < n ? n : e > o ? o : e;
	}, t.thresholdBlock = function(e, n, o, i, a, s) {
		for (var u = 0, l = o * a + n; u < t.BLOCK_SIZE; u++, l += a) for (var h = 0; h < t.BLOCK_SIZE; h++) (e[l + h] & 255) <= i && s.set(n + h, o + u);
	}, t.calculateBlackPoints = function(e, n, o, i, a) {
		for (var s = a - t.BLOCK_SIZE, u = i - t.BLOCK_SIZE, l = new Array(o), h = 0; h < o; h++) {
			l[h] = new Int32Array(n);
			var c = h << t.BLOCK_SIZE_POWER;
			c > s && (c = s);
			for (var w = 0; w < n; w++) {
				var p = w << t.BLOCK_SIZE_POWER;
				p > u && (p = u);
				for (var g = 0, d = 255, _ = 0, y = 0, S = c * i + p; y < t.BLOCK_SIZE; y++, S += i) {
					for (var E = 0; E < t.BLOCK_SIZE; E++) {
						var A = e[S + E] & 255;
						g += A, A < d && (d = A), A > _ && (_ = A);
					}
					if (_ - d > t.MIN_DYNAMIC_RANGE) for (y++, S += i; y < t.BLOCK_SIZE; y++, S += i) for (var E = 0; E < t.BLOCK_SIZE; E++) g += e[S + E] & 255;
				}
				var M = g >> t.BLOCK_SIZE_POWER * 2;
				if (_ - d <= t.MIN_DYNAMIC_RANGE && (M = d / 2, h > 0 && w > 0)) {
					var N = (l[h - 1][w] + 2 * l[h][w - 1] + l[h - 1][w - 1]) / 4;
					d < N && (M = N);
				}
				l[h][w] = M;
			}
		}
		return l;
	}, t.BLOCK_SIZE_POWER = 3, t.BLOCK_SIZE = 1 << t.BLOCK_SIZE_POWER, t.BLOCK_SIZE_MASK = t.BLOCK_SIZE - 1, t.MINIMUM_DIMENSION = t.BLOCK_SIZE * 5, t.MIN_DYNAMIC_RANGE = 24, t;
})(jt), at;
(function(r) {
	r[r.AZTEC = 0] = "AZTEC", r[r.CODABAR = 1] = "CODABAR", r[r.CODE_39 = 2] = "CODE_39", r[r.CODE_93 = 3] = "CODE_93", r[r.CODE_128 = 4] = "CODE_128", r[r.DATA_MATRIX = 5] = "DATA_MATRIX", r[r.EAN_8 = 6] = "EAN_8", r[r.EAN_13 = 7] = "EAN_13", r[r.ITF = 8] = "ITF", r[r.MAXICODE = 9] = "MAXICODE", r[r.PDF_417 = 10] = "PDF_417", r[r.QR_CODE = 11] = "QR_CODE", r[r.RSS_14 = 12] = "RSS_14", r[r.RSS_EXPANDED = 13] = "RSS_EXPANDED", r[r.UPC_A = 14] = "UPC_A", r[r.UPC_E = 15] = "UPC_E", r[r.UPC_EAN_EXTENSION = 16] = "UPC_EAN_EXTENSION", r[r.MICRO_QR_CODE = 17] = "MICRO_QR_CODE";
})(at || (at = {}));
var qt = at, Yt = (function() {
	function r(t, e, n, o, i, a) {
		n === void 0 && (n = e == null ? 0 : 8 * e.length), a === void 0 && (a = B.currentTimeMillis()), this.text = t, this.rawBytes = e, this.numBits = n, this.resultPoints = o, this.format = i, this.timestamp = a, this.text = t, this.rawBytes = e, n == null ? this.numBits = e == null ? 0 : 8 * e.length : this.numBits = n, this.resultPoints = o, this.format = i, this.resultMetadata = null, a == null ? this.timestamp = B.currentTimeMillis() : this.timestamp = a;
	}
	return r.prototype.getText = function() {
		return this.text;
	}, r.prototype.getRawBytes = function() {
		return this.rawBytes;
	}, r.prototype.getNumBits = function() {
		return this.numBits;
	}, r.prototype.getResultPoints = function() {
		return this.resultPoints;
	}, r.prototype.getBarcodeFormat = function() {
		return this.format;
	}, r.prototype.getResultMetadata = function() {
		return this.resultMetadata;
	}, r.prototype.putMetadata = function(t, e) {
		this.resultMetadata === null && (this.resultMetadata = /* @__PURE__ */ new Map()), this.resultMetadata.set(t, e);
	}, r.prototype.putAllMetadata = function(t) {
		t !== null && (this.resultMetadata === null ? this.resultMetadata = t : this.resultMetadata = new Map(t));
	}, r.prototype.addResultPoints = function(t) {
		var e = this.resultPoints;
		if (e === null) this.resultPoints = t;
		else if (t !== null && t.length > 0) {
			var n = new Array(e.length + t.length);
			B.arraycopy(e, 0, n, 0, e.length), B.arraycopy(t, 0, n, e.length, t.length), this.resultPoints = n;
		}
	}, r.prototype.getTimestamp = function() {
		return this.timestamp;
	}, r.prototype.toString = function() {
		return this.text;
	}, r;
})(), st;
(function(r) {
	r[r.OTHER = 0] = "OTHER", r[r.ORIENTATION = 1] = "ORIENTATION", r[r.BYTE_SEGMENTS = 2] = "BYTE_SEGMENTS", r[r.ERROR_CORRECTION_LEVEL = 3] = "ERROR_CORRECTION_LEVEL", r[r.ISSUE_NUMBER = 4] = "ISSUE_NUMBER", r[r.SUGGESTED_PRICE = 5] = "SUGGESTED_PRICE", r[r.POSSIBLE_COUNTRY = 6] = "POSSIBLE_COUNTRY", r[r.UPC_EAN_EXTENSION = 7] = "UPC_EAN_EXTENSION", r[r.PDF417_EXTRA_METADATA = 8] = "PDF417_EXTRA_METADATA", r[r.STRUCTURED_APPEND_SEQUENCE = 9] = "STRUCTURED_APPEND_SEQUENCE", r[r.STRUCTURED_APPEND_PARITY = 10] = "STRUCTURED_APPEND_PARITY", r[r.ERRORS_CORRECTED = 11] = "ERRORS_CORRECTED";
})(st || (st = {}));
var Y = st, Qt = (function() {
	var r = function(t, e) {
		return r = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(n, o) {
			n.__proto__ = o;
		} || function(n, o) {
			for (var i in o) Object.prototype.hasOwnProperty.call(o, i) && (n[i] = o[i]);
		}, r(t, e);
	};
	return function(t, e) {
		if (typeof e != "function" && e !== null) throw new TypeError("Class extends value " + String(e) + " is not a constructor or null");
		r(t, e);
		function n() {
			this.constructor = t;
		}
		t.prototype = e === null ? Object.create(e) : (n.prototype = e.prototype, new n());
	};
})(), $t = (function(r) {
	Qt(t, r);
	function t() {
		return r !== null && r.apply(this, arguments) || this;
	}
	return t.getChecksumInstance = function() {
		return new t();
	}, t.kind = "ChecksumException", t;
})(U), W = (function() {
	function r() {}
	return r.prototype.exp = function(t) {
		return this.expTable[t];
	}, r.prototype.log = function(t) {
		if (t === 0) throw new O();
		return this.logTable[t];
	}, r.addOrSubtract = function(t, e) {
		return t ^ e;
	}, r;
})(), X = (function() {
	function r(t, e) {
		if (e.length === 0) throw new O();
		this.field = t;
		var n = e.length;
		if (n > 1 && e[0] === 0) {
			for (var o = 1; o < n && e[o] === 0;) o++;
			o === n ? this.coefficients = Int32Array.from([0]) : (this.coefficients = new Int32Array(n - o), B.arraycopy(e, o, this.coefficients, 0, this.coefficients.length));
		} else this.coefficients = e;
	}
	return r.prototype.getCoefficients = function() {
		return this.coefficients;
	}, r.prototype.getDegree = function() {
		return this.coefficients.length - 1;
	}, r.prototype.isZero = function() {
		return this.coefficients[0] === 0;
	}, r.prototype.getCoefficient = function(t) {
		return this.coefficients[this.coefficients.length - 1 - t];
	}, r.prototype.evaluateAt = function(t) {
		if (t === 0) return this.getCoefficient(0);
		var e = this.coefficients, n;
		if (t === 1) {
			n = 0;
			for (var o = 0, i = e.length; o !== i; o++) {
				var a = e[o];
				n = W.addOrSubtract(n, a);
			}
			return n;
		}
		n = e[0];
		for (var s = e.length, u = this.field, o = 1; o < s; o++) n = W.addOrSubtract(u.multiply(t, n), e[o]);
		return n;
	}, r.prototype.addOrSubtract = function(t) {
		if (!this.field.equals(t.field)) throw new O("GenericGFPolys do not have same GenericGF field");
		if (this.isZero()) return t;
		if (t.isZero()) return this;
		var e = this.coefficients, n = t.coefficients;
		if (e.length > n.length) {
			var o = e;
			e = n, n = o;
		}
		var i = new Int32Array(n.length), a = n.length - e.length;
		B.arraycopy(n, 0, i, 0, a);
		for (var s = a; s < n.length; s++) i[s] = W.addOrSubtract(e[s - a], n[s]);
		return new r(this.field, i);
	}, r.prototype.multiply = function(t) {
		if (!this.field.equals(t.field)) throw new O("GenericGFPolys do not have same GenericGF field");
		if (this.isZero() || t.isZero()) return this.field.getZero();
		for (var e = this.coefficients, n = e.length, o = t.coefficients, i = o.length, a = new Int32Array(n + i - 1), s = this.field, u = 0; u < n; u++) for (var l = e[u], h = 0; h < i; h++) a[u + h] = W.addOrSubtract(a[u + h], s.multiply(l, o[h]));
		return new r(s, a);
	}, r.prototype.multiplyScalar = function(t) {
		if (t === 0) return this.field.getZero();
		if (t === 1) return this;
		for (var e = this.coefficients.length, n = this.field, o = new Int32Array(e), i = this.coefficients, a = 0; a < e; a++) o[a] = n.multiply(i[a], t);
		return new r(n, o);
	}, r.prototype.multiplyByMonomial = function(t, e) {
		if (t < 0) throw new O();
		if (e === 0) return this.field.getZero();
		for (var n = this.coefficients, o = n.length, i = new Int32Array(o + t), a = this.field, s = 0; s < o; s++) i[s] = a.multiply(n[s], e);
		return new r(a, i);
	}, r.prototype.divide = function(t) {
		if (!this.field.equals(t.field)) throw new O("GenericGFPolys do not have same GenericGF field");
		if (t.isZero()) throw new O("Divide by 0");
		for (var e = this.field, n = e.getZero(), o = this, i = t.getCoefficient(t.getDegree()), a = e.inverse(i); o.getDegree() >= t.getDegree() && !o.isZero();) {
			var s = o.getDegree() - t.getDegree(), u = e.multiply(o.getCoefficient(o.getDegree()), a), l = t.multiplyByMonomial(s, u), h = e.buildMonomial(s, u);
			n = n.addOrSubtract(h), o = o.addOrSubtract(l);
		}
		return [n, o];
	}, r.prototype.toString = function() {
		for (var t = "", e = this.getDegree(); e >= 0; e--) {
			var n = this.getCoefficient(e);
			if (n !== 0) {
				if (n < 0 ? (t += " - ", n = -n) : t.length > 0 && (t += " + "), e === 0 || n !== 1) {
					var o = this.field.log(n);
					o === 0 ? t += "1" : o === 1 ? t += "a" : (t += "a^", t += o);
				}
				e !== 0 && (e === 1 ? t += "x" : (t += "x^", t += e));
			}
		}
		return t;
	}, r;
})(), Jt = (function() {
	var r = function(t, e) {
		return r = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(n, o) {
			n.__proto__ = o;
		} || function(n, o) {
			for (var i in o) Object.prototype.hasOwnProperty.call(o, i) && (n[i] = o[i]);
		}, r(t, e);
	};
	return function(t, e) {
		if (typeof e != "function" && e !== null) throw new TypeError("Class extends value " + String(e) + " is not a constructor or null");
		r(t, e);
		function n() {
			this.constructor = t;
		}
		t.prototype = e === null ? Object.create(e) : (n.prototype = e.prototype, new n());
	};
})(), Vt = (function(r) {
	Jt(t, r);
	function t() {
		return r !== null && r.apply(this, arguments) || this;
	}
	return t.kind = "ArithmeticException", t;
})(U), tr = (function() {
	var r = function(t, e) {
		return r = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(n, o) {
			n.__proto__ = o;
		} || function(n, o) {
			for (var i in o) Object.prototype.hasOwnProperty.call(o, i) && (n[i] = o[i]);
		}, r(t, e);
	};
	return function(t, e) {
		if (typeof e != "function" && e !== null) throw new TypeError("Class extends value " + String(e) + " is not a constructor or null");
		r(t, e);
		function n() {
			this.constructor = t;
		}
		t.prototype = e === null ? Object.create(e) : (n.prototype = e.prototype, new n());
	};
})(), _t = (function(r) {
	tr(t, r);
	function t(e, n, o) {
		var i = r.call(this) || this;
		i.primitive = e, i.size = n, i.generatorBase = o;
		for (var a = new Int32Array(n), s = 1, u = 0; u < n; u++) a[u] = s, s *= 2, s >= n && (s ^= e, s &= n - 1);
		i.expTable = a;
		for (var l = new Int32Array(n), u = 0; u < n - 1; u++) l[a[u]] = u;
		return i.logTable = l, i.zero = new X(i, Int32Array.from([0])), i.one = new X(i, Int32Array.from([1])), i;
	}
	return t.prototype.getZero = function() {
		return this.zero;
	}, t.prototype.getOne = function() {
		return this.one;
	}, t.prototype.buildMonomial = function(e, n) {
		if (e < 0) throw new O();
		if (n === 0) return this.zero;
		var o = new Int32Array(e + 1);
		return o[0] = n, new X(this, o);
	}, t.prototype.inverse = function(e) {
		if (e === 0) throw new Vt();
		return this.expTable[this.size - this.logTable[e] - 1];
	}, t.prototype.multiply = function(e, n) {
		return e === 0 || n === 0 ? 0 : this.expTable[(this.logTable[e] + this.logTable[n]) % (this.size - 1)];
	}, t.prototype.getSize = function() {
		return this.size;
	}, t.prototype.getGeneratorBase = function() {
		return this.generatorBase;
	}, t.prototype.toString = function() {
		return "GF(0x" + rt.toHexString(this.primitive) + "," + this.size + ")";
	}, t.prototype.equals = function(e) {
		return e === this;
	}, t.AZTEC_DATA_12 = new t(4201, 4096, 1), t.AZTEC_DATA_10 = new t(1033, 1024, 1), t.AZTEC_DATA_6 = new t(67, 64, 1), t.AZTEC_PARAM = new t(19, 16, 1), t.QR_CODE_FIELD_256 = new t(285, 256, 0), t.DATA_MATRIX_FIELD_256 = new t(301, 256, 1), t.AZTEC_DATA_8 = t.DATA_MATRIX_FIELD_256, t.MAXICODE_FIELD_64 = t.AZTEC_DATA_6, t;
})(W), rr = (function() {
	var r = function(t, e) {
		return r = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(n, o) {
			n.__proto__ = o;
		} || function(n, o) {
			for (var i in o) Object.prototype.hasOwnProperty.call(o, i) && (n[i] = o[i]);
		}, r(t, e);
	};
	return function(t, e) {
		if (typeof e != "function" && e !== null) throw new TypeError("Class extends value " + String(e) + " is not a constructor or null");
		r(t, e);
		function n() {
			this.constructor = t;
		}
		t.prototype = e === null ? Object.create(e) : (n.prototype = e.prototype, new n());
	};
})(), Q = (function(r) {
	rr(t, r);
	function t() {
		return r !== null && r.apply(this, arguments) || this;
	}
	return t.kind = "ReedSolomonException", t;
})(U), er = (function() {
	var r = function(t, e) {
		return r = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(n, o) {
			n.__proto__ = o;
		} || function(n, o) {
			for (var i in o) Object.prototype.hasOwnProperty.call(o, i) && (n[i] = o[i]);
		}, r(t, e);
	};
	return function(t, e) {
		if (typeof e != "function" && e !== null) throw new TypeError("Class extends value " + String(e) + " is not a constructor or null");
		r(t, e);
		function n() {
			this.constructor = t;
		}
		t.prototype = e === null ? Object.create(e) : (n.prototype = e.prototype, new n());
	};
})(), nr = (function(r) {
	er(t, r);
	function t() {
		return r !== null && r.apply(this, arguments) || this;
	}
	return t.kind = "IllegalStateException", t;
})(U), ir = (function() {
	function r(t) {
		this.field = t;
	}
	return r.prototype.decode = function(t, e) {
		this.decodeWithECCount(t, e);
	}, r.prototype.decodeWithECCount = function(t, e) {
		for (var n = this.field, o = new X(n, t), i = new Int32Array(e), a = !0, s = 0; s < e; s++) {
			var u = o.evaluateAt(n.exp(s + n.getGeneratorBase()));
			i[i.length - 1 - s] = u, u !== 0 && (a = !1);
		}
		if (a) return 0;
		for (var l = new X(n, i), h = this.runEuclideanAlgorithm(n.buildMonomial(e, 1), l, e), c = h[0], w = h[1], p = this.findErrorLocations(c), g = this.findErrorMagnitudes(w, p), s = 0; s < p.length; s++) {
			var d = t.length - 1 - n.log(p[s]);
			if (d < 0) throw new Q("Bad error location");
			t[d] = _t.addOrSubtract(t[d], g[s]);
		}
		return p.length;
	}, r.prototype.runEuclideanAlgorithm = function(t, e, n) {
		if (t.getDegree() < e.getDegree()) {
			var o = t;
			t = e, e = o;
		}
		for (var i = this.field, a = t, s = e, u = i.getZero(), l = i.getOne(); s.getDegree() >= (n / 2 | 0);) {
			var h = a, c = u;
			if (a = s, u = l, a.isZero()) throw new Q("r_{i-1} was zero");
			s = h;
			for (var w = i.getZero(), p = a.getCoefficient(a.getDegree()), g = i.inverse(p); s.getDegree() >= a.getDegree() && !s.isZero();) {
				var d = s.getDegree() - a.getDegree(), _ = i.multiply(s.getCoefficient(s.getDegree()), g);
				w = w.addOrSubtract(i.buildMonomial(d, _)), s = s.addOrSubtract(a.multiplyByMonomial(d, _));
			}
			if (l = w.multiply(u).addOrSubtract(c), s.getDegree() >= a.getDegree()) throw new nr("Division algorithm failed to reduce polynomial?");
		}
		var y = l.getCoefficient(0);
		if (y === 0) throw new Q("sigmaTilde(0) was zero");
		var S = i.inverse(y);
		return [l.multiplyScalar(S), s.multiplyScalar(S)];
	}, r.prototype.findErrorLocations = function(t) {
		var e = t.getDegree();
		if (e === 1) return Int32Array.from([t.getCoefficient(1)]);
		for (var n = new Int32Array(e), o = 0, i = this.field, a = 1; a < i.getSize() && o < e; a++) t.evaluateAt(a) === 0 && (n[o] = i.inverse(a), o++);
		if (o !== e) throw new Q("Error locator degree does not match number of roots");
		return n;
	}, r.prototype.findErrorMagnitudes = function(t, e) {
		for (var n = e.length, o = new Int32Array(n), i = this.field, a = 0; a < n; a++) {
			for (var s = i.inverse(e[a]), u = 1, l = 0; l < n; l++) if (a !== l) {
				var h = i.multiply(e[l], s), c = (h & 1) === 0 ? h | 1 : h & -2;
				u = i.multiply(u, c);
			}
			o[a] = i.multiply(t.evaluateAt(s), i.inverse(u)), i.getGeneratorBase() !== 0 && (o[a] = i.multiply(o[a], s));
		}
		return o;
	}, r;
})(), or = (function() {
	var r = function(t, e) {
		return r = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(n, o) {
			n.__proto__ = o;
		} || function(n, o) {
			for (var i in o) Object.prototype.hasOwnProperty.call(o, i) && (n[i] = o[i]);
		}, r(t, e);
	};
	return function(t, e) {
		if (typeof e != "function" && e !== null) throw new TypeError("Class extends value " + String(e) + " is not a constructor or null");
		r(t, e);
		function n() {
			this.constructor = t;
		}
		t.prototype = e === null ? Object.create(e) : (n.prototype = e.prototype, new n());
	};
})(), ar = (function(r) {
	or(t, r);
	function t() {
		return r !== null && r.apply(this, arguments) || this;
	}
	return t.kind = "ArgumentException", t;
})(U), x;
(function(r) {
	r[r.L = 0] = "L", r[r.M = 1] = "M", r[r.Q = 2] = "Q", r[r.H = 3] = "H";
})(x || (x = {}));
var sr = (function() {
	function r(t, e, n) {
		this.value = t, this.stringValue = e, this.bits = n, r.FOR_BITS.set(n, this), r.FOR_VALUE.set(t, this);
	}
	return r.prototype.getValue = function() {
		return this.value;
	}, r.prototype.getBits = function() {
		return this.bits;
	}, r.fromString = function(t) {
		switch (t) {
			case "L": return r.L;
			case "M": return r.M;
			case "Q": return r.Q;
			case "H": return r.H;
			default: throw new ar(t + "not available");
		}
	}, r.prototype.toString = function() {
		return this.stringValue;
	}, r.prototype.equals = function(t) {
		if (!(t instanceof r)) return !1;
		var e = t;
		return this.value === e.value;
	}, r.forBits = function(t) {
		if (t < 0 || t >= r.FOR_BITS.size) throw new O();
		return r.FOR_BITS.get(t);
	}, r.FOR_BITS = /* @__PURE__ */ new Map(), r.FOR_VALUE = /* @__PURE__ */ new Map(), r.L = new r(x.L, "L", 1), r.M = new r(x.M, "M", 0), r.Q = new r(x.Q, "Q", 3), r.H = new r(x.H, "H", 2), r;
})(), ur = function(r) {
	var t = typeof Symbol == "function" && Symbol.iterator, e = t && r[t], n = 0;
	if (e) return e.call(r);
	if (r && typeof r.length == "number") return { next: function() {
		return r && n >= r.length && (r = void 0), {
			value: r && r[n++],
			done: !r
		};
	} };
	throw new TypeError(t ? "Object is not iterable." : "Symbol.iterator is not defined.");
}, St = (function() {
	function r(t) {
		this.errorCorrectionLevel = sr.forBits(t >> 3 & 3), this.dataMask = t & 7;
	}
	return r.numBitsDiffering = function(t, e) {
		return rt.bitCount(t ^ e);
	}, r.decodeFormatInformation = function(t, e) {
		var n = r.doDecodeFormatInformation(t, e);
		return n !== null ? n : r.doDecodeFormatInformation(t ^ r.FORMAT_INFO_MASK_QR, e ^ r.FORMAT_INFO_MASK_QR);
	}, r.doDecodeFormatInformation = function(t, e) {
		var n, o, i = Number.MAX_SAFE_INTEGER, a = 0;
		try {
			for (var s = ur(r.FORMAT_INFO_DECODE_LOOKUP), u = s.next(); !u.done; u = s.next()) {
				var l = u.value, h = l[0];
				if (h === t || h === e) return new r(l[1]);
				var c = r.numBitsDiffering(t, h);
				c < i && (a = l[1], i = c), t !== e && (c = r.numBitsDiffering(e, h), c < i && (a = l[1], i = c));
			}
		} catch (w) {
			n = { error: w };
		} finally {
			try {
				u && !u.done && (o = s.return) && o.call(s);
			} finally {
				if (n) throw n.error;
			}
		}
		return i <= 3 ? new r(a) : null;
	}, r.prototype.getErrorCorrectionLevel = function() {
		return this.errorCorrectionLevel;
	}, r.prototype.getDataMask = function() {
		return this.dataMask;
	}, r.prototype.hashCode = function() {
		return this.errorCorrectionLevel.getBits() << 3 | this.dataMask;
	}, r.prototype.equals = function(t) {
		if (!(t instanceof r)) return !1;
		var e = t;
		return this.errorCorrectionLevel === e.errorCorrectionLevel && this.dataMask === e.dataMask;
	}, r.FORMAT_INFO_MASK_QR = 21522, r.FORMAT_INFO_DECODE_LOOKUP = [
		Int32Array.from([21522, 0]),
		Int32Array.from([20773, 1]),
		Int32Array.from([24188, 2]),
		Int32Array.from([23371, 3]),
		Int32Array.from([17913, 4]),
		Int32Array.from([16590, 5]),
		Int32Array.from([20375, 6]),
		Int32Array.from([19104, 7]),
		Int32Array.from([30660, 8]),
		Int32Array.from([29427, 9]),
		Int32Array.from([32170, 10]),
		Int32Array.from([30877, 11]),
		Int32Array.from([26159, 12]),
		Int32Array.from([25368, 13]),
		Int32Array.from([27713, 14]),
		Int32Array.from([26998, 15]),
		Int32Array.from([5769, 16]),
		Int32Array.from([5054, 17]),
		Int32Array.from([7399, 18]),
		Int32Array.from([6608, 19]),
		Int32Array.from([1890, 20]),
		Int32Array.from([597, 21]),
		Int32Array.from([3340, 22]),
		Int32Array.from([2107, 23]),
		Int32Array.from([13663, 24]),
		Int32Array.from([12392, 25]),
		Int32Array.from([16177, 26]),
		Int32Array.from([14854, 27]),
		Int32Array.from([9396, 28]),
		Int32Array.from([8579, 29]),
		Int32Array.from([11994, 30]),
		Int32Array.from([11245, 31])
	], r;
})(), fr = function(r) {
	var t = typeof Symbol == "function" && Symbol.iterator, e = t && r[t], n = 0;
	if (e) return e.call(r);
	if (r && typeof r.length == "number") return { next: function() {
		return r && n >= r.length && (r = void 0), {
			value: r && r[n++],
			done: !r
		};
	} };
	throw new TypeError(t ? "Object is not iterable." : "Symbol.iterator is not defined.");
}, v = (function() {
	function r(t) {
		for (var e = [], n = 1; n < arguments.length; n++) e[n - 1] = arguments[n];
		this.ecCodewordsPerBlock = t, this.ecBlocks = e;
	}
	return r.prototype.getECCodewordsPerBlock = function() {
		return this.ecCodewordsPerBlock;
	}, r.prototype.getNumBlocks = function() {
		var t, e, n = 0, o = this.ecBlocks;
		try {
			for (var i = fr(o), a = i.next(); !a.done; a = i.next()) {
				var s = a.value;
				n += s.getCount();
			}
		} catch (u) {
			t = { error: u };
		} finally {
			try {
				a && !a.done && (e = i.return) && e.call(i);
			} finally {
				if (t) throw t.error;
			}
		}
		return n;
	}, r.prototype.getTotalECCodewords = function() {
		return this.ecCodewordsPerBlock * this.getNumBlocks();
	}, r.prototype.getECBlocks = function() {
		return this.ecBlocks;
	}, r;
})(), f = (function() {
	function r(t, e) {
		this.count = t, this.dataCodewords = e;
	}
	return r.prototype.getCount = function() {
		return this.count;
	}, r.prototype.getDataCodewords = function() {
		return this.dataCodewords;
	}, r;
})(), lr = function(r) {
	var t = typeof Symbol == "function" && Symbol.iterator, e = t && r[t], n = 0;
	if (e) return e.call(r);
	if (r && typeof r.length == "number") return { next: function() {
		return r && n >= r.length && (r = void 0), {
			value: r && r[n++],
			done: !r
		};
	} };
	throw new TypeError(t ? "Object is not iterable." : "Symbol.iterator is not defined.");
}, V = (function() {
	function r(t, e) {
		for (var n, o, i = [], a = 2; a < arguments.length; a++) i[a - 2] = arguments[a];
		this.versionNumber = t, this.alignmentPatternCenters = e, this.ecBlocks = i;
		var s = 0, u = i[0].getECCodewordsPerBlock(), l = i[0].getECBlocks();
		try {
			for (var h = lr(l), c = h.next(); !c.done; c = h.next()) {
				var w = c.value;
				s += w.getCount() * (w.getDataCodewords() + u);
			}
		} catch (p) {
			n = { error: p };
		} finally {
			try {
				c && !c.done && (o = h.return) && o.call(h);
			} finally {
				if (n) throw n.error;
			}
		}
		this.totalCodewords = s;
	}
	return r.prototype.getVersionNumber = function() {
		return this.versionNumber;
	}, r.prototype.getAlignmentPatternCenters = function() {
		return this.alignmentPatternCenters;
	}, r.prototype.getTotalCodewords = function() {
		return this.totalCodewords;
	}, r.prototype.getDimensionForVersion = function() {
		return 17 + 4 * this.versionNumber;
	}, r.prototype.getECBlocksForLevel = function(t) {
		return this.ecBlocks[t.getValue()];
	}, r.getProvisionalVersionForDimension = function(t) {
		if (t % 4 !== 1) throw new I();
		try {
			return this.getVersionForNumber((t - 17) / 4);
		} catch {
			throw new I();
		}
	}, r.getVersionForNumber = function(t) {
		if (t < 1 || t > 40) throw new O();
		return r.VERSIONS[t - 1];
	}, r.decodeVersionInformation = function(t) {
		for (var e = Number.MAX_SAFE_INTEGER, n = 0, o = 0; o < r.VERSION_DECODE_INFO.length; o++) {
			var i = r.VERSION_DECODE_INFO[o];
			if (i === t) return r.getVersionForNumber(o + 7);
			var a = St.numBitsDiffering(t, i);
			a < e && (n = o + 7, e = a);
		}
		return e <= 3 ? r.getVersionForNumber(n) : null;
	}, r.prototype.buildFunctionPattern = function() {
		var t = this.getDimensionForVersion(), e = new z(t);
		e.setRegion(0, 0, 9, 9), e.setRegion(t - 8, 0, 8, 9), e.setRegion(0, t - 8, 9, 8);
		for (var n = this.alignmentPatternCenters.length, o = 0; o < n; o++) for (var i = this.alignmentPatternCenters[o] - 2, a = 0; a < n; a++) o === 0 && (a === 0 || a === n - 1) || o === n - 1 && a === 0 || e.setRegion(this.alignmentPatternCenters[a] - 2, i, 5, 5);
		return e.setRegion(6, 9, 1, t - 17), e.setRegion(9, 6, t - 17, 1), this.versionNumber > 6 && (e.setRegion(t - 11, 0, 3, 6), e.setRegion(0, t - 11, 6, 3)), e;
	}, r.prototype.toString = function() {
		return "" + this.versionNumber;
	}, r.VERSION_DECODE_INFO = Int32Array.from([
		31892,
		34236,
		39577,
		42195,
		48118,
		51042,
		55367,
		58893,
		63784,
		68472,
		70749,
		76311,
		79154,
		84390,
		87683,
		92361,
		96236,
		102084,
		102881,
		110507,
		110734,
		117786,
		119615,
		126325,
		127568,
		133589,
		136944,
		141498,
		145311,
		150283,
		152622,
		158308,
		161089,
		167017
	]), r.VERSIONS = [
		new r(1, /* @__PURE__ */ new Int32Array(0), new v(7, new f(1, 19)), new v(10, new f(1, 16)), new v(13, new f(1, 13)), new v(17, new f(1, 9))),
		new r(2, Int32Array.from([6, 18]), new v(10, new f(1, 34)), new v(16, new f(1, 28)), new v(22, new f(1, 22)), new v(28, new f(1, 16))),
		new r(3, Int32Array.from([6, 22]), new v(15, new f(1, 55)), new v(26, new f(1, 44)), new v(18, new f(2, 17)), new v(22, new f(2, 13))),
		new r(4, Int32Array.from([6, 26]), new v(20, new f(1, 80)), new v(18, new f(2, 32)), new v(26, new f(2, 24)), new v(16, new f(4, 9))),
		new r(5, Int32Array.from([6, 30]), new v(26, new f(1, 108)), new v(24, new f(2, 43)), new v(18, new f(2, 15), new f(2, 16)), new v(22, new f(2, 11), new f(2, 12))),
		new r(6, Int32Array.from([6, 34]), new v(18, new f(2, 68)), new v(16, new f(4, 27)), new v(24, new f(4, 19)), new v(28, new f(4, 15))),
		new r(7, Int32Array.from([
			6,
			22,
			38
		]), new v(20, new f(2, 78)), new v(18, new f(4, 31)), new v(18, new f(2, 14), new f(4, 15)), new v(26, new f(4, 13), new f(1, 14))),
		new r(8, Int32Array.from([
			6,
			24,
			42
		]), new v(24, new f(2, 97)), new v(22, new f(2, 38), new f(2, 39)), new v(22, new f(4, 18), new f(2, 19)), new v(26, new f(4, 14), new f(2, 15))),
		new r(9, Int32Array.from([
			6,
			26,
			46
		]), new v(30, new f(2, 116)), new v(22, new f(3, 36), new f(2, 37)), new v(20, new f(4, 16), new f(4, 17)), new v(24, new f(4, 12), new f(4, 13))),
		new r(10, Int32Array.from([
			6,
			28,
			50
		]), new v(18, new f(2, 68), new f(2, 69)), new v(26, new f(4, 43), new f(1, 44)), new v(24, new f(6, 19), new f(2, 20)), new v(28, new f(6, 15), new f(2, 16))),
		new r(11, Int32Array.from([
			6,
			30,
			54
		]), new v(20, new f(4, 81)), new v(30, new f(1, 50), new f(4, 51)), new v(28, new f(4, 22), new f(4, 23)), new v(24, new f(3, 12), new f(8, 13))),
		new r(12, Int32Array.from([
			6,
			32,
			58
		]), new v(24, new f(2, 92), new f(2, 93)), new v(22, new f(6, 36), new f(2, 37)), new v(26, new f(4, 20), new f(6, 21)), new v(28, new f(7, 14), new f(4, 15))),
		new r(13, Int32Array.from([
			6,
			34,
			62
		]), new v(26, new f(4, 107)), new v(22, new f(8, 37), new f(1, 38)), new v(24, new f(8, 20), new f(4, 21)), new v(22, new f(12, 11), new f(4, 12))),
		new r(14, Int32Array.from([
			6,
			26,
			46,
			66
		]), new v(30, new f(3, 115), new f(1, 116)), new v(24, new f(4, 40), new f(5, 41)), new v(20, new f(11, 16), new f(5, 17)), new v(24, new f(11, 12), new f(5, 13))),
		new r(15, Int32Array.from([
			6,
			26,
			48,
			70
		]), new v(22, new f(5, 87), new f(1, 88)), new v(24, new f(5, 41), new f(5, 42)), new v(30, new f(5, 24), new f(7, 25)), new v(24, new f(11, 12), new f(7, 13))),
		new r(16, Int32Array.from([
			6,
			26,
			50,
			74
		]), new v(24, new f(5, 98), new f(1, 99)), new v(28, new f(7, 45), new f(3, 46)), new v(24, new f(15, 19), new f(2, 20)), new v(30, new f(3, 15), new f(13, 16))),
		new r(17, Int32Array.from([
			6,
			30,
			54,
			78
		]), new v(28, new f(1, 107), new f(5, 108)), new v(28, new f(10, 46), new f(1, 47)), new v(28, new f(1, 22), new f(15, 23)), new v(28, new f(2, 14), new f(17, 15))),
		new r(18, Int32Array.from([
			6,
			30,
			56,
			82
		]), new v(30, new f(5, 120), new f(1, 121)), new v(26, new f(9, 43), new f(4, 44)), new v(28, new f(17, 22), new f(1, 23)), new v(28, new f(2, 14), new f(19, 15))),
		new r(19, Int32Array.from([
			6,
			30,
			58,
			86
		]), new v(28, new f(3, 113), new f(4, 114)), new v(26, new f(3, 44), new f(11, 45)), new v(26, new f(17, 21), new f(4, 22)), new v(26, new f(9, 13), new f(16, 14))),
		new r(20, Int32Array.from([
			6,
			34,
			62,
			90
		]), new v(28, new f(3, 107), new f(5, 108)), new v(26, new f(3, 41), new f(13, 42)), new v(30, new f(15, 24), new f(5, 25)), new v(28, new f(15, 15), new f(10, 16))),
		new r(21, Int32Array.from([
			6,
			28,
			50,
			72,
			94
		]), new v(28, new f(4, 116), new f(4, 117)), new v(26, new f(17, 42)), new v(28, new f(17, 22), new f(6, 23)), new v(30, new f(19, 16), new f(6, 17))),
		new r(22, Int32Array.from([
			6,
			26,
			50,
			74,
			98
		]), new v(28, new f(2, 111), new f(7, 112)), new v(28, new f(17, 46)), new v(30, new f(7, 24), new f(16, 25)), new v(24, new f(34, 13))),
		new r(23, Int32Array.from([
			6,
			30,
			54,
			78,
			102
		]), new v(30, new f(4, 121), new f(5, 122)), new v(28, new f(4, 47), new f(14, 48)), new v(30, new f(11, 24), new f(14, 25)), new v(30, new f(16, 15), new f(14, 16))),
		new r(24, Int32Array.from([
			6,
			28,
			54,
			80,
			106
		]), new v(30, new f(6, 117), new f(4, 118)), new v(28, new f(6, 45), new f(14, 46)), new v(30, new f(11, 24), new f(16, 25)), new v(30, new f(30, 16), new f(2, 17))),
		new r(25, Int32Array.from([
			6,
			32,
			58,
			84,
			110
		]), new v(26, new f(8, 106), new f(4, 107)), new v(28, new f(8, 47), new f(13, 48)), new v(30, new f(7, 24), new f(22, 25)), new v(30, new f(22, 15), new f(13, 16))),
		new r(26, Int32Array.from([
			6,
			30,
			58,
			86,
			114
		]), new v(28, new f(10, 114), new f(2, 115)), new v(28, new f(19, 46), new f(4, 47)), new v(28, new f(28, 22), new f(6, 23)), new v(30, new f(33, 16), new f(4, 17))),
		new r(27, Int32Array.from([
			6,
			34,
			62,
			90,
			118
		]), new v(30, new f(8, 122), new f(4, 123)), new v(28, new f(22, 45), new f(3, 46)), new v(30, new f(8, 23), new f(26, 24)), new v(30, new f(12, 15), new f(28, 16))),
		new r(28, Int32Array.from([
			6,
			26,
			50,
			74,
			98,
			122
		]), new v(30, new f(3, 117), new f(10, 118)), new v(28, new f(3, 45), new f(23, 46)), new v(30, new f(4, 24), new f(31, 25)), new v(30, new f(11, 15), new f(31, 16))),
		new r(29, Int32Array.from([
			6,
			30,
			54,
			78,
			102,
			126
		]), new v(30, new f(7, 116), new f(7, 117)), new v(28, new f(21, 45), new f(7, 46)), new v(30, new f(1, 23), new f(37, 24)), new v(30, new f(19, 15), new f(26, 16))),
		new r(30, Int32Array.from([
			6,
			26,
			52,
			78,
			104,
			130
		]), new v(30, new f(5, 115), new f(10, 116)), new v(28, new f(19, 47), new f(10, 48)), new v(30, new f(15, 24), new f(25, 25)), new v(30, new f(23, 15), new f(25, 16))),
		new r(31, Int32Array.from([
			6,
			30,
			56,
			82,
			108,
			134
		]), new v(30, new f(13, 115), new f(3, 116)), new v(28, new f(2, 46), new f(29, 47)), new v(30, new f(42, 24), new f(1, 25)), new v(30, new f(23, 15), new f(28, 16))),
		new r(32, Int32Array.from([
			6,
			34,
			60,
			86,
			112,
			138
		]), new v(30, new f(17, 115)), new v(28, new f(10, 46), new f(23, 47)), new v(30, new f(10, 24), new f(35, 25)), new v(30, new f(19, 15), new f(35, 16))),
		new r(33, Int32Array.from([
			6,
			30,
			58,
			86,
			114,
			142
		]), new v(30, new f(17, 115), new f(1, 116)), new v(28, new f(14, 46), new f(21, 47)), new v(30, new f(29, 24), new f(19, 25)), new v(30, new f(11, 15), new f(46, 16))),
		new r(34, Int32Array.from([
			6,
			34,
			62,
			90,
			118,
			146
		]), new v(30, new f(13, 115), new f(6, 116)), new v(28, new f(14, 46), new f(23, 47)), new v(30, new f(44, 24), new f(7, 25)), new v(30, new f(59, 16), new f(1, 17))),
		new r(35, Int32Array.from([
			6,
			30,
			54,
			78,
			102,
			126,
			150
		]), new v(30, new f(12, 121), new f(7, 122)), new v(28, new f(12, 47), new f(26, 48)), new v(30, new f(39, 24), new f(14, 25)), new v(30, new f(22, 15), new f(41, 16))),
		new r(36, Int32Array.from([
			6,
			24,
			50,
			76,
			102,
			128,
			154
		]), new v(30, new f(6, 121), new f(14, 122)), new v(28, new f(6, 47), new f(34, 48)), new v(30, new f(46, 24), new f(10, 25)), new v(30, new f(2, 15), new f(64, 16))),
		new r(37, Int32Array.from([
			6,
			28,
			54,
			80,
			106,
			132,
			158
		]), new v(30, new f(17, 122), new f(4, 123)), new v(28, new f(29, 46), new f(14, 47)), new v(30, new f(49, 24), new f(10, 25)), new v(30, new f(24, 15), new f(46, 16))),
		new r(38, Int32Array.from([
			6,
			32,
			58,
			84,
			110,
			136,
			162
		]), new v(30, new f(4, 122), new f(18, 123)), new v(28, new f(13, 46), new f(32, 47)), new v(30, new f(48, 24), new f(14, 25)), new v(30, new f(42, 15), new f(32, 16))),
		new r(39, Int32Array.from([
			6,
			26,
			54,
			82,
			110,
			138,
			166
		]), new v(30, new f(20, 117), new f(4, 118)), new v(28, new f(40, 47), new f(7, 48)), new v(30, new f(43, 24), new f(22, 25)), new v(30, new f(10, 15), new f(67, 16))),
		new r(40, Int32Array.from([
			6,
			30,
			58,
			86,
			114,
			142,
			170
		]), new v(30, new f(19, 118), new f(6, 119)), new v(28, new f(18, 47), new f(31, 48)), new v(30, new f(34, 24), new f(34, 25)), new v(30, new f(20, 15), new f(61, 16)))
	], r;
})(), T;
(function(r) {
	r[r.DATA_MASK_000 = 0] = "DATA_MASK_000", r[r.DATA_MASK_001 = 1] = "DATA_MASK_001", r[r.DATA_MASK_010 = 2] = "DATA_MASK_010", r[r.DATA_MASK_011 = 3] = "DATA_MASK_011", r[r.DATA_MASK_100 = 4] = "DATA_MASK_100", r[r.DATA_MASK_101 = 5] = "DATA_MASK_101", r[r.DATA_MASK_110 = 6] = "DATA_MASK_110", r[r.DATA_MASK_111 = 7] = "DATA_MASK_111";
})(T || (T = {}));
var ht = (function() {
	function r(t, e) {
		this.value = t, this.isMasked = e;
	}
	return r.prototype.unmaskBitMatrix = function(t, e) {
		for (var n = 0; n < e; n++) for (var o = 0; o < e; o++) this.isMasked(n, o) && t.flip(o, n);
	}, r.values = /* @__PURE__ */ new Map([
		[T.DATA_MASK_000, new r(T.DATA_MASK_000, function(t, e) {
			return (t + e & 1) === 0;
		})],
		[T.DATA_MASK_001, new r(T.DATA_MASK_001, function(t, e) {
			return (t & 1) === 0;
		})],
		[T.DATA_MASK_010, new r(T.DATA_MASK_010, function(t, e) {
			return e % 3 === 0;
		})],
		[T.DATA_MASK_011, new r(T.DATA_MASK_011, function(t, e) {
			return (t + e) % 3 === 0;
		})],
		[T.DATA_MASK_100, new r(T.DATA_MASK_100, function(t, e) {
			return (Math.floor(t / 2) + Math.floor(e / 3) & 1) === 0;
		})],
		[T.DATA_MASK_101, new r(T.DATA_MASK_101, function(t, e) {
			return t * e % 6 === 0;
		})],
		[T.DATA_MASK_110, new r(T.DATA_MASK_110, function(t, e) {
			return t * e % 6 < 3;
		})],
		[T.DATA_MASK_111, new r(T.DATA_MASK_111, function(t, e) {
			return (t + e + t * e % 3 & 1) === 0;
		})]
	]), r;
})(), hr = (function() {
	function r(t) {
		var e = t.getHeight();
		if (e < 21 || (e & 3) !== 1) throw new I();
		this.bitMatrix = t;
	}
	return r.prototype.readFormatInformation = function() {
		if (this.parsedFormatInfo !== null && this.parsedFormatInfo !== void 0) return this.parsedFormatInfo;
		for (var t = 0, e = 0; e < 6; e++) t = this.copyBit(e, 8, t);
		t = this.copyBit(7, 8, t), t = this.copyBit(8, 8, t), t = this.copyBit(8, 7, t);
		for (var n = 5; n >= 0; n--) t = this.copyBit(8, n, t);
		for (var o = this.bitMatrix.getHeight(), i = 0, a = o - 7, n = o - 1; n >= a; n--) i = this.copyBit(8, n, i);
		for (var e = o - 8; e < o; e++) i = this.copyBit(e, 8, i);
		if (this.parsedFormatInfo = St.decodeFormatInformation(t, i), this.parsedFormatInfo !== null) return this.parsedFormatInfo;
		throw new I();
	}, r.prototype.readVersion = function() {
		if (this.parsedVersion !== null && this.parsedVersion !== void 0) return this.parsedVersion;
		var t = this.bitMatrix.getHeight(), e = Math.floor((t - 17) / 4);
		if (e <= 6) return V.getVersionForNumber(e);
		for (var n = 0, o = t - 11, i = 5; i >= 0; i--) for (var a = t - 9; a >= o; a--) n = this.copyBit(a, i, n);
		var s = V.decodeVersionInformation(n);
		if (s !== null && s.getDimensionForVersion() === t) return this.parsedVersion = s, s;
		n = 0;
		for (var a = 5; a >= 0; a--) for (var i = t - 9; i >= o; i--) n = this.copyBit(a, i, n);
		if (s = V.decodeVersionInformation(n), s !== null && s.getDimensionForVersion() === t) return this.parsedVersion = s, s;
		throw new I();
	}, r.prototype.copyBit = function(t, e, n) {
		return (this.isMirror ? this.bitMatrix.get(e, t) : this.bitMatrix.get(t, e)) ? n << 1 | 1 : n << 1;
	}, r.prototype.readCodewords = function() {
		var t = this.readFormatInformation(), e = this.readVersion(), n = ht.values.get(t.getDataMask()), o = this.bitMatrix.getHeight();
		n.unmaskBitMatrix(this.bitMatrix, o);
		for (var i = e.buildFunctionPattern(), a = !0, s = new Uint8Array(e.getTotalCodewords()), u = 0, l = 0, h = 0, c = o - 1; c > 0; c -= 2) {
			c === 6 && c--;
			for (var w = 0; w < o; w++) for (var p = a ? o - 1 - w : w, g = 0; g < 2; g++) i.get(c - g, p) || (h++, l <<= 1, this.bitMatrix.get(c - g, p) && (l |= 1), h === 8 && (s[u++] = l, h = 0, l = 0));
			a = !a;
		}
		if (u !== e.getTotalCodewords()) throw new I();
		return s;
	}, r.prototype.remask = function() {
		if (this.parsedFormatInfo !== null) {
			var t = ht.values.get(this.parsedFormatInfo.getDataMask()), e = this.bitMatrix.getHeight();
			t.unmaskBitMatrix(this.bitMatrix, e);
		}
	}, r.prototype.setMirror = function(t) {
		this.parsedVersion = null, this.parsedFormatInfo = null, this.isMirror = t;
	}, r.prototype.mirror = function() {
		for (var t = this.bitMatrix, e = 0, n = t.getWidth(); e < n; e++) for (var o = e + 1, i = t.getHeight(); o < i; o++) t.get(e, o) !== t.get(o, e) && (t.flip(o, e), t.flip(e, o));
	}, r;
})(), ct = function(r) {
	var t = typeof Symbol == "function" && Symbol.iterator, e = t && r[t], n = 0;
	if (e) return e.call(r);
	if (r && typeof r.length == "number") return { next: function() {
		return r && n >= r.length && (r = void 0), {
			value: r && r[n++],
			done: !r
		};
	} };
	throw new TypeError(t ? "Object is not iterable." : "Symbol.iterator is not defined.");
}, cr = (function() {
	function r(t, e) {
		this.numDataCodewords = t, this.codewords = e;
	}
	return r.getDataBlocks = function(t, e, n) {
		var o, i, a, s;
		if (t.length !== e.getTotalCodewords()) throw new O();
		var u = e.getECBlocksForLevel(n), l = 0, h = u.getECBlocks();
		try {
			for (var c = ct(h), w = c.next(); !w.done; w = c.next()) {
				var p = w.value;
				l += p.getCount();
			}
		} catch (et) {
			o = { error: et };
		} finally {
			try {
				w && !w.done && (i = c.return) && i.call(c);
			} finally {
				if (o) throw o.error;
			}
		}
		var g = new Array(l), d = 0;
		try {
			for (var _ = ct(h), y = _.next(); !y.done; y = _.next()) for (var p = y.value, S = 0; S < p.getCount(); S++) {
				var E = p.getDataCodewords(), A = u.getECCodewordsPerBlock() + E;
				g[d++] = new r(E, new Uint8Array(A));
			}
		} catch (et) {
			a = { error: et };
		} finally {
			try {
				y && !y.done && (s = _.return) && s.call(_);
			} finally {
				if (a) throw a.error;
			}
		}
		for (var M = g[0].codewords.length, N = g.length - 1; N >= 0 && g[N].codewords.length !== M;) N--;
		N++;
		for (var F = M - u.getECCodewordsPerBlock(), L = 0, S = 0; S < F; S++) for (var b = 0; b < d; b++) g[b].codewords[S] = t[L++];
		for (var b = N; b < d; b++) g[b].codewords[F] = t[L++];
		for (var Ct = g[0].codewords.length, S = F; S < Ct; S++) for (var b = 0; b < d; b++) {
			var Mt = b < N ? S : S + 1;
			g[b].codewords[Mt] = t[L++];
		}
		return g;
	}, r.prototype.getNumDataCodewords = function() {
		return this.numDataCodewords;
	}, r.prototype.getCodewords = function() {
		return this.codewords;
	}, r;
})(), vr = (function() {
	function r(t) {
		this.bytes = t, this.byteOffset = 0, this.bitOffset = 0;
	}
	return r.prototype.getBitOffset = function() {
		return this.bitOffset;
	}, r.prototype.getByteOffset = function() {
		return this.byteOffset;
	}, r.prototype.readBits = function(t) {
		if (t < 1 || t > 32 || t > this.available()) throw new O("" + t);
		var e = 0, n = this.bitOffset, o = this.byteOffset, i = this.bytes;
		if (n > 0) {
			var a = 8 - n, s = t < a ? t : a, u = a - s, l = 255 >> 8 - s << u;
			e = (i[o] & l) >> u, t -= s, n += s, n === 8 && (n = 0, o++);
		}
		if (t > 0) {
			for (; t >= 8;) e = e << 8 | i[o] & 255, o++, t -= 8;
			if (t > 0) {
				var u = 8 - t, l = 255 >> u << u;
				e = e << t | (i[o] & l) >> u, n += t;
			}
		}
		return this.bitOffset = n, this.byteOffset = o, e;
	}, r.prototype.available = function() {
		return 8 * (this.bytes.length - this.byteOffset) - this.bitOffset;
	}, r;
})(), wr = (function() {
	function r(t, e, n, o, i, a) {
		i === void 0 && (i = -1), a === void 0 && (a = -1), this.rawBytes = t, this.text = e, this.byteSegments = n, this.ecLevel = o, this.structuredAppendSequenceNumber = i, this.structuredAppendParity = a, this.numBits = t == null ? 0 : 8 * t.length;
	}
	return r.prototype.getRawBytes = function() {
		return this.rawBytes;
	}, r.prototype.getNumBits = function() {
		return this.numBits;
	}, r.prototype.setNumBits = function(t) {
		this.numBits = t;
	}, r.prototype.getText = function() {
		return this.text;
	}, r.prototype.getByteSegments = function() {
		return this.byteSegments;
	}, r.prototype.getECLevel = function() {
		return this.ecLevel;
	}, r.prototype.getErrorsCorrected = function() {
		return this.errorsCorrected;
	}, r.prototype.setErrorsCorrected = function(t) {
		this.errorsCorrected = t;
	}, r.prototype.getErasures = function() {
		return this.erasures;
	}, r.prototype.setErasures = function(t) {
		this.erasures = t;
	}, r.prototype.getOther = function() {
		return this.other;
	}, r.prototype.setOther = function(t) {
		this.other = t;
	}, r.prototype.hasStructuredAppend = function() {
		return this.structuredAppendParity >= 0 && this.structuredAppendSequenceNumber >= 0;
	}, r.prototype.getStructuredAppendParity = function() {
		return this.structuredAppendParity;
	}, r.prototype.getStructuredAppendSequenceNumber = function() {
		return this.structuredAppendSequenceNumber;
	}, r;
})(), P;
(function(r) {
	r[r.TERMINATOR = 0] = "TERMINATOR", r[r.NUMERIC = 1] = "NUMERIC", r[r.ALPHANUMERIC = 2] = "ALPHANUMERIC", r[r.STRUCTURED_APPEND = 3] = "STRUCTURED_APPEND", r[r.BYTE = 4] = "BYTE", r[r.ECI = 5] = "ECI", r[r.KANJI = 6] = "KANJI", r[r.FNC1_FIRST_POSITION = 7] = "FNC1_FIRST_POSITION", r[r.FNC1_SECOND_POSITION = 8] = "FNC1_SECOND_POSITION", r[r.HANZI = 9] = "HANZI";
})(P || (P = {}));
var R = (function() {
	function r(t, e, n, o) {
		this.value = t, this.stringValue = e, this.characterCountBitsForVersions = n, this.bits = o, r.FOR_BITS.set(o, this), r.FOR_VALUE.set(t, this);
	}
	return r.forBits = function(t) {
		var e = r.FOR_BITS.get(t);
		if (e === void 0) throw new O();
		return e;
	}, r.prototype.getCharacterCountBits = function(t) {
		var e = t.getVersionNumber(), n;
		return e <= 9 ? n = 0 : e <= 26 ? n = 1 : n = 2, this.characterCountBitsForVersions[n];
	}, r.prototype.getValue = function() {
		return this.value;
	}, r.prototype.getBits = function() {
		return this.bits;
	}, r.prototype.equals = function(t) {
		if (!(t instanceof r)) return !1;
		var e = t;
		return this.value === e.value;
	}, r.prototype.toString = function() {
		return this.stringValue;
	}, r.FOR_BITS = /* @__PURE__ */ new Map(), r.FOR_VALUE = /* @__PURE__ */ new Map(), r.TERMINATOR = new r(P.TERMINATOR, "TERMINATOR", Int32Array.from([
		0,
		0,
		0
	]), 0), r.NUMERIC = new r(P.NUMERIC, "NUMERIC", Int32Array.from([
		10,
		12,
		14
	]), 1), r.ALPHANUMERIC = new r(P.ALPHANUMERIC, "ALPHANUMERIC", Int32Array.from([
		9,
		11,
		13
	]), 2), r.STRUCTURED_APPEND = new r(P.STRUCTURED_APPEND, "STRUCTURED_APPEND", Int32Array.from([
		0,
		0,
		0
	]), 3), r.BYTE = new r(P.BYTE, "BYTE", Int32Array.from([
		8,
		16,
		16
	]), 4), r.ECI = new r(P.ECI, "ECI", Int32Array.from([
		0,
		0,
		0
	]), 7), r.KANJI = new r(P.KANJI, "KANJI", Int32Array.from([
		8,
		10,
		12
	]), 8), r.FNC1_FIRST_POSITION = new r(P.FNC1_FIRST_POSITION, "FNC1_FIRST_POSITION", Int32Array.from([
		0,
		0,
		0
	]), 5), r.FNC1_SECOND_POSITION = new r(P.FNC1_SECOND_POSITION, "FNC1_SECOND_POSITION", Int32Array.from([
		0,
		0,
		0
	]), 9), r.HANZI = new r(P.HANZI, "HANZI", Int32Array.from([
		8,
		10,
		12
	]), 13), r;
})(), pr = (function() {
	function r() {}
	return r.decode = function(t, e, n, o) {
		var i = new vr(t), a = new ut(), s = new Array(), u = -1, l = -1;
		try {
			var h = null, c = !1, w = void 0;
			do {
				if (i.available() < 4) w = R.TERMINATOR;
				else {
					var p = i.readBits(4);
					w = R.forBits(p);
				}
				switch (w) {
					case R.TERMINATOR: break;
					case R.FNC1_FIRST_POSITION:
					case R.FNC1_SECOND_POSITION:
						c = !0;
						break;
					case R.STRUCTURED_APPEND:
						if (i.available() < 16) throw new I();
						u = i.readBits(8), l = i.readBits(8);
						break;
					case R.ECI:
						var g = r.parseECIValue(i);
						if (h = D.getCharacterSetECIByValue(g), h === null) throw new I();
						break;
					case R.HANZI:
						var d = i.readBits(4), _ = i.readBits(w.getCharacterCountBits(e));
						d === r.GB2312_SUBSET && r.decodeHanziSegment(i, a, _);
						break;
					default:
						var y = i.readBits(w.getCharacterCountBits(e));
						switch (w) {
							case R.NUMERIC:
								r.decodeNumericSegment(i, a, y);
								break;
							case R.ALPHANUMERIC:
								r.decodeAlphanumericSegment(i, a, y, c);
								break;
							case R.BYTE:
								r.decodeByteSegment(i, a, y, h, s, o);
								break;
							case R.KANJI:
								r.decodeKanjiSegment(i, a, y);
								break;
							default: throw new I();
						}
				}
			} while (w !== R.TERMINATOR);
		} catch {
			throw new I();
		}
		return new wr(t, a.toString(), s.length === 0 ? null : s, n === null ? null : n.toString(), u, l);
	}, r.decodeHanziSegment = function(t, e, n) {
		if (n * 13 > t.available()) throw new I();
		for (var o = new Uint8Array(2 * n), i = 0; n > 0;) {
			var a = t.readBits(13), s = a / 96 << 8 & 4294967295 | a % 96;
			s < 959 ? s += 41377 : s += 42657, o[i] = s >> 8 & 255, o[i + 1] = s & 255, i += 2, n--;
		}
		try {
			e.append(Z.decode(o, J.GB2312));
		} catch (u) {
			throw new I(u);
		}
	}, r.decodeKanjiSegment = function(t, e, n) {
		if (n * 13 > t.available()) throw new I();
		for (var o = new Uint8Array(2 * n), i = 0; n > 0;) {
			var a = t.readBits(13), s = a / 192 << 8 & 4294967295 | a % 192;
			s < 7936 ? s += 33088 : s += 49472, o[i] = s >> 8, o[i + 1] = s, i += 2, n--;
		}
		try {
			e.append(Z.decode(o, J.SHIFT_JIS));
		} catch (u) {
			throw new I(u);
		}
	}, r.decodeByteSegment = function(t, e, n, o, i, a) {
		if (8 * n > t.available()) throw new I();
		for (var s = new Uint8Array(n), u = 0; u < n; u++) s[u] = t.readBits(8);
		var l;
		o === null ? l = J.guessEncoding(s, a) : l = o.getName();
		try {
			e.append(Z.decode(s, l));
		} catch (h) {
			throw new I(h);
		}
		i.push(s);
	}, r.toAlphaNumericChar = function(t) {
		if (t >= r.ALPHANUMERIC_CHARS.length) throw new I();
		return r.ALPHANUMERIC_CHARS[t];
	}, r.decodeAlphanumericSegment = function(t, e, n, o) {
		for (var i = e.length(); n > 1;) {
			if (t.available() < 11) throw new I();
			var a = t.readBits(11);
			e.append(r.toAlphaNumericChar(Math.floor(a / 45))), e.append(r.toAlphaNumericChar(a % 45)), n -= 2;
		}
		if (n === 1) {
			if (t.available() < 6) throw new I();
			e.append(r.toAlphaNumericChar(t.readBits(6)));
		}
		if (o) for (var s = i; s < e.length(); s++) e.charAt(s) === "%" && (s < e.length() - 1 && e.charAt(s + 1) === "%" ? e.deleteCharAt(s + 1) : e.setCharAt(s, ""));
	}, r.decodeNumericSegment = function(t, e, n) {
		for (; n >= 3;) {
			if (t.available() < 10) throw new I();
			var o = t.readBits(10);
			if (o >= 1e3) throw new I();
			e.append(r.toAlphaNumericChar(Math.floor(o / 100))), e.append(r.toAlphaNumericChar(Math.floor(o / 10) % 10)), e.append(r.toAlphaNumericChar(o % 10)), n -= 3;
		}
		if (n === 2) {
			if (t.available() < 7) throw new I();
			var i = t.readBits(7);
			if (i >= 100) throw new I();
			e.append(r.toAlphaNumericChar(Math.floor(i / 10))), e.append(r.toAlphaNumericChar(i % 10));
		} else if (n === 1) {
			if (t.available() < 4) throw new I();
			var a = t.readBits(4);
			if (a >= 10) throw new I();
			e.append(r.toAlphaNumericChar(a));
		}
	}, r.parseECIValue = function(t) {
		var e = t.readBits(8);
		if ((e & 128) === 0) return e & 127;
		if ((e & 192) === 128) {
			var n = t.readBits(8);
			return (e & 63) << 8 & 4294967295 | n;
		}
		if ((e & 224) === 192) {
			var o = t.readBits(16);
			return (e & 31) << 16 & 4294967295 | o;
		}
		throw new I();
	}, r.ALPHANUMERIC_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:", r.GB2312_SUBSET = 1, r;
})(), At = (function() {
	function r(t) {
		this.mirrored = t;
	}
	return r.prototype.isMirrored = function() {
		return this.mirrored;
	}, r.prototype.applyMirroredCorrection = function(t) {
		if (!(!this.mirrored || t === null || t.length < 3)) {
			var e = t[0];
			t[0] = t[2], t[2] = e;
		}
	}, r;
})(), vt = function(r) {
	var t = typeof Symbol == "function" && Symbol.iterator, e = t && r[t], n = 0;
	if (e) return e.call(r);
	if (r && typeof r.length == "number") return { next: function() {
		return r && n >= r.length && (r = void 0), {
			value: r && r[n++],
			done: !r
		};
	} };
	throw new TypeError(t ? "Object is not iterable." : "Symbol.iterator is not defined.");
}, gr = (function() {
	function r() {
		this.rsDecoder = new ir(_t.QR_CODE_FIELD_256);
	}
	return r.prototype.decodeBooleanArray = function(t, e) {
		return this.decodeBitMatrix(z.parseFromBooleanArray(t), e);
	}, r.prototype.decodeBitMatrix = function(t, e) {
		var n = new hr(t), o = null;
		try {
			return this.decodeBitMatrixParser(n, e);
		} catch (a) {
			o = a;
		}
		try {
			n.remask(), n.setMirror(!0), n.readVersion(), n.readFormatInformation(), n.mirror();
			var i = this.decodeBitMatrixParser(n, e);
			return i.setOther(new At(!0)), i;
		} catch (a) {
			throw o !== null ? o : a;
		}
	}, r.prototype.decodeBitMatrixParser = function(t, e) {
		var n, o, i, a, s = t.readVersion(), u = t.readFormatInformation().getErrorCorrectionLevel(), l = t.readCodewords(), h = cr.getDataBlocks(l, s, u), c = 0;
		try {
			for (var w = vt(h), p = w.next(); !p.done; p = w.next()) {
				var g = p.value;
				c += g.getNumDataCodewords();
			}
		} catch (N) {
			n = { error: N };
		} finally {
			try {
				p && !p.done && (o = w.return) && o.call(w);
			} finally {
				if (n) throw n.error;
			}
		}
		var d = new Uint8Array(c), _ = 0;
		try {
			for (var y = vt(h), S = y.next(); !S.done; S = y.next()) {
				var g = S.value, E = g.getCodewords(), A = g.getNumDataCodewords();
				this.correctErrors(E, A);
				for (var M = 0; M < A; M++) d[_++] = E[M];
			}
		} catch (N) {
			i = { error: N };
		} finally {
			try {
				S && !S.done && (a = y.return) && a.call(y);
			} finally {
				if (i) throw i.error;
			}
		}
		return pr.decode(d, s, u, e);
	}, r.prototype.correctErrors = function(t, e) {
		var n = new Int32Array(t);
		try {
			this.rsDecoder.decode(n, t.length - e);
		} catch {
			throw new $t();
		}
		for (var o = 0; o < e; o++) t[o] = n[o];
	}, r;
})(), j = (function() {
	function r() {}
	return r.round = function(t) {
		return isNaN(t) ? 0 : t <= Number.MIN_SAFE_INTEGER ? Number.MIN_SAFE_INTEGER : t >= Number.MAX_SAFE_INTEGER ? Number.MAX_SAFE_INTEGER : t + (t < 0 ? -.5 : .5) | 0;
	}, r.distance = function(t, e, n, o) {
		var i = t - n, a = e - o;
		return Math.sqrt(i * i + a * a);
	}, r.sum = function(t) {
		for (var e = 0, n = 0, o = t.length; n !== o; n++) {
			var i = t[n];
			e += i;
		}
		return e;
	}, r;
})(), dr = (function() {
	function r(t, e) {
		this.bits = t, this.points = e;
	}
	return r.prototype.getBits = function() {
		return this.bits;
	}, r.prototype.getPoints = function() {
		return this.points;
	}, r;
})(), wt = (function() {
	function r() {}
	return r.checkAndNudgePoints = function(t, e) {
		for (var n = t.getWidth(), o = t.getHeight(), i = !0, a = 0; a < e.length && i; a += 2) {
			var s = Math.floor(e[a]), u = Math.floor(e[a + 1]);
			if (s < -1 || s > n || u < -1 || u > o) throw new C();
			i = !1, s === -1 ? (e[a] = 0, i = !0) : s === n && (e[a] = n - 1, i = !0), u === -1 ? (e[a + 1] = 0, i = !0) : u === o && (e[a + 1] = o - 1, i = !0);
		}
		i = !0;
		for (var a = e.length - 2; a >= 0 && i; a -= 2) {
			var s = Math.floor(e[a]), u = Math.floor(e[a + 1]);
			if (s < -1 || s > n || u < -1 || u > o) throw new C();
			i = !1, s === -1 ? (e[a] = 0, i = !0) : s === n && (e[a] = n - 1, i = !0), u === -1 ? (e[a + 1] = 0, i = !0) : u === o && (e[a + 1] = o - 1, i = !0);
		}
	}, r;
})(), Et = (function() {
	function r(t, e, n, o, i, a, s, u, l) {
		this.a11 = t, this.a21 = e, this.a31 = n, this.a12 = o, this.a22 = i, this.a32 = a, this.a13 = s, this.a23 = u, this.a33 = l;
	}
	return r.quadrilateralToQuadrilateral = function(t, e, n, o, i, a, s, u, l, h, c, w, p, g, d, _) {
		var y = r.quadrilateralToSquare(t, e, n, o, i, a, s, u);
		return r.squareToQuadrilateral(l, h, c, w, p, g, d, _).times(y);
	}, r.prototype.transformPoints = function(t) {
		for (var e = t.length, n = this.a11, o = this.a12, i = this.a13, a = this.a21, s = this.a22, u = this.a23, l = this.a31, h = this.a32, c = this.a33, w = 0; w < e; w += 2) {
			var p = t[w], g = t[w + 1], d = i * p + u * g + c;
			t[w] = (n * p + a * g + l) / d, t[w + 1] = (o * p + s * g + h) / d;
		}
	}, r.prototype.transformPointsWithValues = function(t, e) {
		for (var n = this.a11, o = this.a12, i = this.a13, a = this.a21, s = this.a22, u = this.a23, l = this.a31, h = this.a32, c = this.a33, w = t.length, p = 0; p < w; p++) {
			var g = t[p], d = e[p], _ = i * g + u * d + c;
			t[p] = (n * g + a * d + l) / _, e[p] = (o * g + s * d + h) / _;
		}
	}, r.squareToQuadrilateral = function(t, e, n, o, i, a, s, u) {
		var l = t - n + i - s, h = e - o + a - u;
		if (l === 0 && h === 0) return new r(n - t, i - n, t, o - e, a - o, e, 0, 0, 1);
		var c = n - i, w = s - i, p = o - a, g = u - a, d = c * g - w * p, _ = (l * g - w * h) / d, y = (c * h - l * p) / d;
		return new r(n - t + _ * n, s - t + y * s, t, o - e + _ * o, u - e + y * u, e, _, y, 1);
	}, r.quadrilateralToSquare = function(t, e, n, o, i, a, s, u) {
		return r.squareToQuadrilateral(t, e, n, o, i, a, s, u).buildAdjoint();
	}, r.prototype.buildAdjoint = function() {
		return new r(this.a22 * this.a33 - this.a23 * this.a32, this.a23 * this.a31 - this.a21 * this.a33, this.a21 * this.a32 - this.a22 * this.a31, this.a13 * this.a32 - this.a12 * this.a33, this.a11 * this.a33 - this.a13 * this.a31, this.a12 * this.a31 - this.a11 * this.a32, this.a12 * this.a23 - this.a13 * this.a22, this.a13 * this.a21 - this.a11 * this.a23, this.a11 * this.a22 - this.a12 * this.a21);
	}, r.prototype.times = function(t) {
		return new r(this.a11 * t.a11 + this.a21 * t.a12 + this.a31 * t.a13, this.a11 * t.a21 + this.a21 * t.a22 + this.a31 * t.a23, this.a11 * t.a31 + this.a21 * t.a32 + this.a31 * t.a33, this.a12 * t.a11 + this.a22 * t.a12 + this.a32 * t.a13, this.a12 * t.a21 + this.a22 * t.a22 + this.a32 * t.a23, this.a12 * t.a31 + this.a22 * t.a32 + this.a32 * t.a33, this.a13 * t.a11 + this.a23 * t.a12 + this.a33 * t.a13, this.a13 * t.a21 + this.a23 * t.a22 + this.a33 * t.a23, this.a13 * t.a31 + this.a23 * t.a32 + this.a33 * t.a33);
	}, r;
})(), yr = (function() {
	var r = function(t, e) {
		return r = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(n, o) {
			n.__proto__ = o;
		} || function(n, o) {
			for (var i in o) Object.prototype.hasOwnProperty.call(o, i) && (n[i] = o[i]);
		}, r(t, e);
	};
	return function(t, e) {
		if (typeof e != "function" && e !== null) throw new TypeError("Class extends value " + String(e) + " is not a constructor or null");
		r(t, e);
		function n() {
			this.constructor = t;
		}
		t.prototype = e === null ? Object.create(e) : (n.prototype = e.prototype, new n());
	};
})(), _r = (function(r) {
	yr(t, r);
	function t() {
		return r !== null && r.apply(this, arguments) || this;
	}
	return t.prototype.sampleGrid = function(e, n, o, i, a, s, u, l, h, c, w, p, g, d, _, y, S, E, A) {
		var M = Et.quadrilateralToQuadrilateral(i, a, s, u, l, h, c, w, p, g, d, _, y, S, E, A);
		return this.sampleGridWithTransform(e, n, o, M);
	}, t.prototype.sampleGridWithTransform = function(e, n, o, i) {
		if (n <= 0 || o <= 0) throw new C();
		for (var a = new z(n, o), s = new Float32Array(2 * n), u = 0; u < o; u++) {
			for (var l = s.length, h = u + .5, c = 0; c < l; c += 2) s[c] = c / 2 + .5, s[c + 1] = h;
			i.transformPoints(s), wt.checkAndNudgePoints(e, s);
			try {
				for (var c = 0; c < l; c += 2) e.get(s[c] | 0, s[c + 1] | 0) && a.set(c / 2, u);
			} catch {
				throw new C();
			}
		}
		return a;
	}, t;
})(wt), Sr = (function() {
	function r() {}
	return r.setGridSampler = function(t) {
		r.gridSampler = t;
	}, r.getInstance = function() {
		return r.gridSampler;
	}, r.gridSampler = new _r(), r;
})(), pt = (function() {
	function r() {}
	return r.floatToIntBits = function(t) {
		return t;
	}, r.MAX_VALUE = Number.MAX_SAFE_INTEGER, r;
})(), q = (function() {
	function r(t, e) {
		this.x = t, this.y = e;
	}
	return r.prototype.getX = function() {
		return this.x;
	}, r.prototype.getY = function() {
		return this.y;
	}, r.prototype.equals = function(t) {
		if (t instanceof r) {
			var e = t;
			return this.x === e.x && this.y === e.y;
		}
		return !1;
	}, r.prototype.hashCode = function() {
		return 31 * pt.floatToIntBits(this.x) + pt.floatToIntBits(this.y);
	}, r.prototype.toString = function() {
		return "(" + this.x + "," + this.y + ")";
	}, r.orderBestPatterns = function(t) {
		var e = this.distance(t[0], t[1]), n = this.distance(t[1], t[2]), o = this.distance(t[0], t[2]), i, a, s;
		if (n >= e && n >= o ? (a = t[0], i = t[1], s = t[2]) : o >= n && o >= e ? (a = t[1], i = t[0], s = t[2]) : (a = t[2], i = t[0], s = t[1]), this.crossProductZ(i, a, s) < 0) {
			var u = i;
			i = s, s = u;
		}
		t[0] = i, t[1] = a, t[2] = s;
	}, r.distance = function(t, e) {
		return j.distance(t.x, t.y, e.x, e.y);
	}, r.crossProductZ = function(t, e, n) {
		var o = e.x, i = e.y;
		return (n.x - o) * (t.y - i) - (n.y - i) * (t.x - o);
	}, r;
})(), Ar = (function() {
	var r = function(t, e) {
		return r = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(n, o) {
			n.__proto__ = o;
		} || function(n, o) {
			for (var i in o) Object.prototype.hasOwnProperty.call(o, i) && (n[i] = o[i]);
		}, r(t, e);
	};
	return function(t, e) {
		if (typeof e != "function" && e !== null) throw new TypeError("Class extends value " + String(e) + " is not a constructor or null");
		r(t, e);
		function n() {
			this.constructor = t;
		}
		t.prototype = e === null ? Object.create(e) : (n.prototype = e.prototype, new n());
	};
})(), Er = (function(r) {
	Ar(t, r);
	function t(e, n, o) {
		var i = r.call(this, e, n) || this;
		return i.estimatedModuleSize = o, i;
	}
	return t.prototype.aboutEquals = function(e, n, o) {
		if (Math.abs(n - this.getY()) <= e && Math.abs(o - this.getX()) <= e) {
			var i = Math.abs(e - this.estimatedModuleSize);
			return i <= 1 || i <= this.estimatedModuleSize;
		}
		return !1;
	}, t.prototype.combineEstimate = function(e, n, o) {
		return new t((this.getX() + n) / 2, (this.getY() + e) / 2, (this.estimatedModuleSize + o) / 2);
	}, t;
})(q), Or = function(r) {
	var t = typeof Symbol == "function" && Symbol.iterator, e = t && r[t], n = 0;
	if (e) return e.call(r);
	if (r && typeof r.length == "number") return { next: function() {
		return r && n >= r.length && (r = void 0), {
			value: r && r[n++],
			done: !r
		};
	} };
	throw new TypeError(t ? "Object is not iterable." : "Symbol.iterator is not defined.");
}, mr = (function() {
	function r(t, e, n, o, i, a, s) {
		this.image = t, this.startX = e, this.startY = n, this.width = o, this.height = i, this.moduleSize = a, this.resultPointCallback = s, this.possibleCenters = [], this.crossCheckStateCount = /* @__PURE__ */ new Int32Array(3);
	}
	return r.prototype.find = function() {
		for (var t = this.startX, e = this.height, n = t + this.width, o = this.startY + e / 2, i = /* @__PURE__ */ new Int32Array(3), a = this.image, s = 0; s < e; s++) {
			var u = o + ((s & 1) === 0 ? Math.floor((s + 1) / 2) : -Math.floor((s + 1) / 2));
			i[0] = 0, i[1] = 0, i[2] = 0;
			for (var l = t; l < n && !a.get(l, u);) l++;
			for (var h = 0; l < n;) {
				if (a.get(l, u)) if (h === 1) i[1]++;
				else if (h === 2) {
					if (this.foundPatternCross(i)) {
						var c = this.handlePossibleCenter(i, u, l);
						if (c !== null) return c;
					}
					i[0] = i[2], i[1] = 1, i[2] = 0, h = 1;
				} else i[++h]++;
				else h === 1 && h++, i[h]++;
				l++;
			}
			if (this.foundPatternCross(i)) {
				var c = this.handlePossibleCenter(i, u, n);
				if (c !== null) return c;
			}
		}
		if (this.possibleCenters.length !== 0) return this.possibleCenters[0];
		throw new C();
	}, r.centerFromEnd = function(t, e) {
		return e - t[2] - t[1] / 2;
	}, r.prototype.foundPatternCross = function(t) {
		for (var e = this.moduleSize, n = e / 2, o = 0; o < 3; o++) if (Math.abs(e - t[o]) >= n) return !1;
		return !0;
	}, r.prototype.crossCheckVertical = function(t, e, n, o) {
		var i = this.image, a = i.getHeight(), s = this.crossCheckStateCount;
		s[0] = 0, s[1] = 0, s[2] = 0;
		for (var u = t; u >= 0 && i.get(e, u) && s[1] <= n;) s[1]++, u--;
		if (u < 0 || s[1] > n) return NaN;
		for (; u >= 0 && !i.get(e, u) && s[0] <= n;) s[0]++, u--;
		if (s[0] > n) return NaN;
		for (u = t + 1; u < a && i.get(e, u) && s[1] <= n;) s[1]++, u++;
		if (u === a || s[1] > n) return NaN;
		for (; u < a && !i.get(e, u) && s[2] <= n;) s[2]++, u++;
		if (s[2] > n) return NaN;
		var l = s[0] + s[1] + s[2];
		return 5 * Math.abs(l - o) >= 2 * o ? NaN : this.foundPatternCross(s) ? r.centerFromEnd(s, u) : NaN;
	}, r.prototype.handlePossibleCenter = function(t, e, n) {
		var o, i, a = t[0] + t[1] + t[2], s = r.centerFromEnd(t, n), u = this.crossCheckVertical(e, s, 2 * t[1], a);
		if (!isNaN(u)) {
			var l = (t[0] + t[1] + t[2]) / 3;
			try {
				for (var h = Or(this.possibleCenters), c = h.next(); !c.done; c = h.next()) {
					var w = c.value;
					if (w.aboutEquals(l, u, s)) return w.combineEstimate(u, s, l);
				}
			} catch (g) {
				o = { error: g };
			} finally {
				try {
					c && !c.done && (i = h.return) && i.call(h);
				} finally {
					if (o) throw o.error;
				}
			}
			var p = new Er(s, u, l);
			this.possibleCenters.push(p), this.resultPointCallback !== null && this.resultPointCallback !== void 0 && this.resultPointCallback.foundPossibleResultPoint(p);
		}
		return null;
	}, r;
})(), Ir = (function() {
	var r = function(t, e) {
		return r = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(n, o) {
			n.__proto__ = o;
		} || function(n, o) {
			for (var i in o) Object.prototype.hasOwnProperty.call(o, i) && (n[i] = o[i]);
		}, r(t, e);
	};
	return function(t, e) {
		if (typeof e != "function" && e !== null) throw new TypeError("Class extends value " + String(e) + " is not a constructor or null");
		r(t, e);
		function n() {
			this.constructor = t;
		}
		t.prototype = e === null ? Object.create(e) : (n.prototype = e.prototype, new n());
	};
})(), Ot = (function(r) {
	Ir(t, r);
	function t(e, n, o, i) {
		var a = r.call(this, e, n) || this;
		return a.estimatedModuleSize = o, a.count = i, i === void 0 && (a.count = 1), a;
	}
	return t.prototype.getEstimatedModuleSize = function() {
		return this.estimatedModuleSize;
	}, t.prototype.getCount = function() {
		return this.count;
	}, t.prototype.aboutEquals = function(e, n, o) {
		if (Math.abs(n - this.getY()) <= e && Math.abs(o - this.getX()) <= e) {
			var i = Math.abs(e - this.estimatedModuleSize);
			return i <= 1 || i <= this.estimatedModuleSize;
		}
		return !1;
	}, t.prototype.combineEstimate = function(e, n, o) {
		var i = this.count + 1;
		return new t((this.count * this.getX() + n) / i, (this.count * this.getY() + e) / i, (this.count * this.estimatedModuleSize + o) / i, i);
	}, t;
})(q), Cr = (function() {
	function r(t) {
		this.bottomLeft = t[0], this.topLeft = t[1], this.topRight = t[2];
	}
	return r.prototype.getBottomLeft = function() {
		return this.bottomLeft;
	}, r.prototype.getTopLeft = function() {
		return this.topLeft;
	}, r.prototype.getTopRight = function() {
		return this.topRight;
	}, r;
})(), K = function(r) {
	var t = typeof Symbol == "function" && Symbol.iterator, e = t && r[t], n = 0;
	if (e) return e.call(r);
	if (r && typeof r.length == "number") return { next: function() {
		return r && n >= r.length && (r = void 0), {
			value: r && r[n++],
			done: !r
		};
	} };
	throw new TypeError(t ? "Object is not iterable." : "Symbol.iterator is not defined.");
}, ft = (function() {
	function r(t, e) {
		this.image = t, this.resultPointCallback = e, this.possibleCenters = [], this.crossCheckStateCount = /* @__PURE__ */ new Int32Array(5), this.resultPointCallback = e;
	}
	return r.prototype.getImage = function() {
		return this.image;
	}, r.prototype.getPossibleCenters = function() {
		return this.possibleCenters;
	}, r.prototype.find = function(t) {
		var e = t != null && t.get(k.TRY_HARDER) !== void 0, n = t != null && t.get(k.PURE_BARCODE) !== void 0, o = this.image, i = o.getHeight(), a = o.getWidth(), s = Math.floor(3 * i / (4 * r.MAX_MODULES));
		(s < r.MIN_SKIP || e) && (s = r.MIN_SKIP);
		for (var u = !1, l = /* @__PURE__ */ new Int32Array(5), h = s - 1; h < i && !u; h += s) {
			l.fill(0);
			for (var c = 0, w = 0; w < a; w++) if (o.get(w, h)) (c & 1) === 1 && c++, l[c]++;
			else if ((c & 1) === 0) if (c === 4) if (r.foundPatternCross(l)) {
				var p = this.handlePossibleCenter(l, h, w, n);
				if (p === !0) if (s = 2, this.hasSkipped === !0) u = this.haveMultiplyConfirmedCenters();
				else {
					var g = this.findRowSkip();
					g > l[2] && (h += g - l[2] - s, w = a - 1);
				}
				else {
					l[0] = l[2], l[1] = l[3], l[2] = l[4], l[3] = 1, l[4] = 0, c = 3;
					continue;
				}
				c = 0, l.fill(0);
			} else l[0] = l[2], l[1] = l[3], l[2] = l[4], l[3] = 1, l[4] = 0, c = 3;
			else l[++c]++;
			else l[c]++;
			if (r.foundPatternCross(l)) {
				var p = this.handlePossibleCenter(l, h, a, n);
				p === !0 && (s = l[0], this.hasSkipped && (u = this.haveMultiplyConfirmedCenters()));
			}
		}
		var d = this.selectBestPatterns();
		return q.orderBestPatterns(d), new Cr(d);
	}, r.centerFromEnd = function(t, e) {
		return e - t[4] - t[3] - t[2] / 2;
	}, r.foundPatternCross = function(t) {
		for (var e = 0, n = 0; n < 5; n++) {
			var o = t[n];
			if (o === 0) return !1;
			e += o;
		}
		if (e < 7) return !1;
		var i = e / 7, a = i / 2;
		return Math.abs(i - t[0]) < a && Math.abs(i - t[1]) < a && Math.abs(3 * i - t[2]) < 3 * a && Math.abs(i - t[3]) < a && Math.abs(i - t[4]) < a;
	}, r.prototype.getCrossCheckStateCount = function() {
		return this.crossCheckStateCount.fill(0), this.crossCheckStateCount;
	}, r.prototype.crossCheckDiagonal = function(t, e, n, o) {
		for (var i = this.getCrossCheckStateCount(), a = 0, s = this.image; t >= a && e >= a && s.get(e - a, t - a);) i[2]++, a++;
		if (t < a || e < a) return !1;
		for (; t >= a && e >= a && !s.get(e - a, t - a) && i[1] <= n;) i[1]++, a++;
		if (t < a || e < a || i[1] > n) return !1;
		for (; t >= a && e >= a && s.get(e - a, t - a) && i[0] <= n;) i[0]++, a++;
		if (i[0] > n) return !1;
		var u = s.getHeight(), l = s.getWidth();
		for (a = 1; t + a < u && e + a < l && s.get(e + a, t + a);) i[2]++, a++;
		if (t + a >= u || e + a >= l) return !1;
		for (; t + a < u && e + a < l && !s.get(e + a, t + a) && i[3] < n;) i[3]++, a++;
		if (t + a >= u || e + a >= l || i[3] >= n) return !1;
		for (; t + a < u && e + a < l && s.get(e + a, t + a) && i[4] < n;) i[4]++, a++;
		if (i[4] >= n) return !1;
		var h = i[0] + i[1] + i[2] + i[3] + i[4];
		return Math.abs(h - o) < 2 * o && r.foundPatternCross(i);
	}, r.prototype.crossCheckVertical = function(t, e, n, o) {
		for (var i = this.image, a = i.getHeight(), s = this.getCrossCheckStateCount(), u = t; u >= 0 && i.get(e, u);) s[2]++, u--;
		if (u < 0) return NaN;
		for (; u >= 0 && !i.get(e, u) && s[1] <= n;) s[1]++, u--;
		if (u < 0 || s[1] > n) return NaN;
		for (; u >= 0 && i.get(e, u) && s[0] <= n;) s[0]++, u--;
		if (s[0] > n) return NaN;
		for (u = t + 1; u < a && i.get(e, u);) s[2]++, u++;
		if (u === a) return NaN;
		for (; u < a && !i.get(e, u) && s[3] < n;) s[3]++, u++;
		if (u === a || s[3] >= n) return NaN;
		for (; u < a && i.get(e, u) && s[4] < n;) s[4]++, u++;
		if (s[4] >= n) return NaN;
		var l = s[0] + s[1] + s[2] + s[3] + s[4];
		return 5 * Math.abs(l - o) >= 2 * o ? NaN : r.foundPatternCross(s) ? r.centerFromEnd(s, u) : NaN;
	}, r.prototype.crossCheckHorizontal = function(t, e, n, o) {
		for (var i = this.image, a = i.getWidth(), s = this.getCrossCheckStateCount(), u = t; u >= 0 && i.get(u, e);) s[2]++, u--;
		if (u < 0) return NaN;
		for (; u >= 0 && !i.get(u, e) && s[1] <= n;) s[1]++, u--;
		if (u < 0 || s[1] > n) return NaN;
		for (; u >= 0 && i.get(u, e) && s[0] <= n;) s[0]++, u--;
		if (s[0] > n) return NaN;
		for (u = t + 1; u < a && i.get(u, e);) s[2]++, u++;
		if (u === a) return NaN;
		for (; u < a && !i.get(u, e) && s[3] < n;) s[3]++, u++;
		if (u === a || s[3] >= n) return NaN;
		for (; u < a && i.get(u, e) && s[4] < n;) s[4]++, u++;
		if (s[4] >= n) return NaN;
		var l = s[0] + s[1] + s[2] + s[3] + s[4];
		return 5 * Math.abs(l - o) >= o ? NaN : r.foundPatternCross(s) ? r.centerFromEnd(s, u) : NaN;
	}, r.prototype.handlePossibleCenter = function(t, e, n, o) {
		var i = t[0] + t[1] + t[2] + t[3] + t[4], a = r.centerFromEnd(t, n), s = this.crossCheckVertical(e, Math.floor(a), t[2], i);
		if (!isNaN(s) && (a = this.crossCheckHorizontal(Math.floor(a), Math.floor(s), t[2], i), !isNaN(a) && (!o || this.crossCheckDiagonal(Math.floor(s), Math.floor(a), t[2], i)))) {
			for (var u = i / 7, l = !1, h = this.possibleCenters, c = 0, w = h.length; c < w; c++) {
				var p = h[c];
				if (p.aboutEquals(u, s, a)) {
					h[c] = p.combineEstimate(s, a, u), l = !0;
					break;
				}
			}
			if (!l) {
				var g = new Ot(a, s, u);
				h.push(g), this.resultPointCallback !== null && this.resultPointCallback !== void 0 && this.resultPointCallback.foundPossibleResultPoint(g);
			}
			return !0;
		}
		return !1;
	}, r.prototype.findRowSkip = function() {
		var t, e;
		if (this.possibleCenters.length <= 1) return 0;
		var n = null;
		try {
			for (var o = K(this.possibleCenters), i = o.next(); !i.done; i = o.next()) {
				var a = i.value;
				if (a.getCount() >= r.CENTER_QUORUM) if (n == null) n = a;
				else return this.hasSkipped = !0, Math.floor((Math.abs(n.getX() - a.getX()) - Math.abs(n.getY() - a.getY())) / 2);
			}
		} catch (s) {
			t = { error: s };
		} finally {
			try {
				i && !i.done && (e = o.return) && e.call(o);
			} finally {
				if (t) throw t.error;
			}
		}
		return 0;
	}, r.prototype.haveMultiplyConfirmedCenters = function() {
		var t, e, n, o, i = 0, a = 0, s = this.possibleCenters.length;
		try {
			for (var u = K(this.possibleCenters), l = u.next(); !l.done; l = u.next()) {
				var h = l.value;
				h.getCount() >= r.CENTER_QUORUM && (i++, a += h.getEstimatedModuleSize());
			}
		} catch (d) {
			t = { error: d };
		} finally {
			try {
				l && !l.done && (e = u.return) && e.call(u);
			} finally {
				if (t) throw t.error;
			}
		}
		if (i < 3) return !1;
		var c = a / s, w = 0;
		try {
			for (var p = K(this.possibleCenters), g = p.next(); !g.done; g = p.next()) {
				var h = g.value;
				w += Math.abs(h.getEstimatedModuleSize() - c);
			}
		} catch (d) {
			n = { error: d };
		} finally {
			try {
				g && !g.done && (o = p.return) && o.call(p);
			} finally {
				if (n) throw n.error;
			}
		}
		return w <= .05 * a;
	}, r.prototype.selectBestPatterns = function() {
		var t, e, n, o, i = this.possibleCenters.length;
		if (i < 3) throw new C();
		var a = this.possibleCenters, s;
		if (i > 3) {
			var u = 0, l = 0;
			try {
				for (var h = K(this.possibleCenters), c = h.next(); !c.done; c = h.next()) {
					var w = c.value.getEstimatedModuleSize();
					u += w, l += w * w;
				}
			} catch (A) {
				t = { error: A };
			} finally {
				try {
					c && !c.done && (e = h.return) && e.call(h);
				} finally {
					if (t) throw t.error;
				}
			}
			s = u / i;
			var p = Math.sqrt(l / i - s * s);
			a.sort(function(A, M) {
				var N = Math.abs(M.getEstimatedModuleSize() - s), F = Math.abs(A.getEstimatedModuleSize() - s);
				return N < F ? -1 : N > F ? 1 : 0;
			});
			for (var g = Math.max(.2 * s, p), d = 0; d < a.length && a.length > 3; d++) {
				var _ = a[d];
				Math.abs(_.getEstimatedModuleSize() - s) > g && (a.splice(d, 1), d--);
			}
		}
		if (a.length > 3) {
			var u = 0;
			try {
				for (var y = K(a), S = y.next(); !S.done; S = y.next()) {
					var E = S.value;
					u += E.getEstimatedModuleSize();
				}
			} catch (M) {
				n = { error: M };
			} finally {
				try {
					S && !S.done && (o = y.return) && o.call(y);
				} finally {
					if (n) throw n.error;
				}
			}
			s = u / a.length, a.sort(function(M, N) {
				if (N.getCount() === M.getCount()) {
					var F = Math.abs(N.getEstimatedModuleSize() - s), L = Math.abs(M.getEstimatedModuleSize() - s);
					return F < L ? 1 : F > L ? -1 : 0;
				} else return N.getCount() - M.getCount();
			}), a.splice(3);
		}
		return [
			a[0],
			a[1],
			a[2]
		];
	}, r.CENTER_QUORUM = 2, r.MIN_SKIP = 3, r.MAX_MODULES = 57, r;
})(), Mr = (function() {
	function r(t) {
		this.image = t;
	}
	return r.prototype.getImage = function() {
		return this.image;
	}, r.prototype.getResultPointCallback = function() {
		return this.resultPointCallback;
	}, r.prototype.detect = function(t) {
		this.resultPointCallback = t == null ? null : t.get(k.NEED_RESULT_POINT_CALLBACK);
		var e = new ft(this.image, this.resultPointCallback).find(t);
		return this.processFinderPatternInfo(e);
	}, r.prototype.processFinderPatternInfo = function(t) {
		var e = t.getTopLeft(), n = t.getTopRight(), o = t.getBottomLeft(), i = this.calculateModuleSize(e, n, o);
		if (i < 1) throw new C("No pattern found in proccess finder.");
		var a = r.computeDimension(e, n, o, i), s = V.getProvisionalVersionForDimension(a), u = s.getDimensionForVersion() - 7, l = null;
		if (s.getAlignmentPatternCenters().length > 0) for (var h = n.getX() - e.getX() + o.getX(), c = n.getY() - e.getY() + o.getY(), w = 1 - 3 / u, p = Math.floor(e.getX() + w * (h - e.getX())), g = Math.floor(e.getY() + w * (c - e.getY())), d = 4; d <= 16; d <<= 1) try {
			l = this.findAlignmentInRegion(i, p, g, d);
			break;
		} catch (E) {
			if (!(E instanceof C)) throw E;
		}
		var _ = r.createTransform(e, n, o, l, a), y = r.sampleGrid(this.image, _, a), S;
		return l === null ? S = [
			o,
			e,
			n
		] : S = [
			o,
			e,
			n,
			l
		], new dr(y, S);
	}, r.createTransform = function(t, e, n, o, i) {
		var a = i - 3.5, s, u, l, h;
		return o !== null ? (s = o.getX(), u = o.getY(), l = a - 3, h = l) : (s = e.getX() - t.getX() + n.getX(), u = e.getY() - t.getY() + n.getY(), l = a, h = a), Et.quadrilateralToQuadrilateral(3.5, 3.5, a, 3.5, l, h, 3.5, a, t.getX(), t.getY(), e.getX(), e.getY(), s, u, n.getX(), n.getY());
	}, r.sampleGrid = function(t, e, n) {
		return Sr.getInstance().sampleGridWithTransform(t, n, n, e);
	}, r.computeDimension = function(t, e, n, o) {
		var i = j.round(q.distance(t, e) / o), a = j.round(q.distance(t, n) / o), s = Math.floor((i + a) / 2) + 7;
		switch (s & 3) {
			case 0:
				s++;
				break;
			case 2:
				s--;
				break;
			case 3: throw new C("Dimensions could be not found.");
		}
		return s;
	}, r.prototype.calculateModuleSize = function(t, e, n) {
		return (this.calculateModuleSizeOneWay(t, e) + this.calculateModuleSizeOneWay(t, n)) / 2;
	}, r.prototype.calculateModuleSizeOneWay = function(t, e) {
		var n = this.sizeOfBlackWhiteBlackRunBothWays(Math.floor(t.getX()), Math.floor(t.getY()), Math.floor(e.getX()), Math.floor(e.getY())), o = this.sizeOfBlackWhiteBlackRunBothWays(Math.floor(e.getX()), Math.floor(e.getY()), Math.floor(t.getX()), Math.floor(t.getY()));
		return isNaN(n) ? o / 7 : isNaN(o) ? n / 7 : (n + o) / 14;
	}, r.prototype.sizeOfBlackWhiteBlackRunBothWays = function(t, e, n, o) {
		var i = this.sizeOfBlackWhiteBlackRun(t, e, n, o), a = 1, s = t - (n - t);
		s < 0 ? (a = t / (t - s), s = 0) : s >= this.image.getWidth() && (a = (this.image.getWidth() - 1 - t) / (s - t), s = this.image.getWidth() - 1);
		var u = Math.floor(e - (o - e) * a);
		return a = 1, u < 0 ? (a = e / (e - u), u = 0) : u >= this.image.getHeight() && (a = (this.image.getHeight() - 1 - e) / (u - e), u = this.image.getHeight() - 1), s = Math.floor(t + (s - t) * a), i += this.sizeOfBlackWhiteBlackRun(t, e, s, u), i - 1;
	}, r.prototype.sizeOfBlackWhiteBlackRun = function(t, e, n, o) {
		var i = Math.abs(o - e) > Math.abs(n - t);
		if (i) {
			var a = t;
			t = e, e = a, a = n, n = o, o = a;
		}
		for (var s = Math.abs(n - t), u = Math.abs(o - e), l = -s / 2, h = t < n ? 1 : -1, c = e < o ? 1 : -1, w = 0, p = n + h, g = t, d = e; g !== p; g += h) {
			var _ = i ? d : g, y = i ? g : d;
			if (w === 1 === this.image.get(_, y)) {
				if (w === 2) return j.distance(g, d, t, e);
				w++;
			}
			if (l += u, l > 0) {
				if (d === o) break;
				d += c, l -= s;
			}
		}
		return w === 2 ? j.distance(n + h, o, t, e) : NaN;
	}, r.prototype.findAlignmentInRegion = function(t, e, n, o) {
		var i = Math.floor(o * t), a = Math.max(0, e - i), s = Math.min(this.image.getWidth() - 1, e + i);
		if (s - a < t * 3) throw new C("Alignment top exceeds estimated module size.");
		var u = Math.max(0, n - i), l = Math.min(this.image.getHeight() - 1, n + i);
		if (l - u < t * 3) throw new C("Alignment bottom exceeds estimated module size.");
		return new mr(this.image, a, u, s - a, l - u, t, this.resultPointCallback).find();
	}, r;
})(), Nr = (function() {
	function r() {
		this.decoder = new gr();
	}
	return r.prototype.getDecoder = function() {
		return this.decoder;
	}, r.prototype.decode = function(t, e) {
		var n, o;
		if (e != null && e.get(k.PURE_BARCODE) !== void 0) {
			var i = r.extractPureBits(t.getBlackMatrix());
			n = this.decoder.decodeBitMatrix(i, e), o = r.NO_POINTS;
		} else {
			var a = new Mr(t.getBlackMatrix()).detect(e);
			n = this.decoder.decodeBitMatrix(a.getBits(), e), o = a.getPoints();
		}
		n.getOther() instanceof At && n.getOther().applyMirroredCorrection(o);
		var s = new Yt(n.getText(), n.getRawBytes(), void 0, o, qt.QR_CODE, void 0), u = n.getByteSegments();
		u !== null && s.putMetadata(Y.BYTE_SEGMENTS, u);
		var l = n.getECLevel();
		return l !== null && s.putMetadata(Y.ERROR_CORRECTION_LEVEL, l), n.hasStructuredAppend() && (s.putMetadata(Y.STRUCTURED_APPEND_SEQUENCE, n.getStructuredAppendSequenceNumber()), s.putMetadata(Y.STRUCTURED_APPEND_PARITY, n.getStructuredAppendParity())), s;
	}, r.prototype.reset = function() {}, r.extractPureBits = function(t) {
		var e = t.getTopLeftOnBit(), n = t.getBottomRightOnBit();
		if (e === null || n === null) throw new C();
		var o = this.moduleSize(e, t), i = e[1], a = n[1], s = e[0], u = n[0];
		if (s >= u || i >= a) throw new C();
		if (a - i !== u - s && (u = s + (a - i), u >= t.getWidth())) throw new C();
		var l = Math.round((u - s + 1) / o), h = Math.round((a - i + 1) / o);
		if (l <= 0 || h <= 0) throw new C();
		if (h !== l) throw new C();
		var c = Math.floor(o / 2);
		i += c, s += c;
		var w = s + Math.floor((l - 1) * o) - u;
		if (w > 0) {
			if (w > c) throw new C();
			s -= w;
		}
		var p = i + Math.floor((h - 1) * o) - a;
		if (p > 0) {
			if (p > c) throw new C();
			i -= p;
		}
		for (var g = new z(l, h), d = 0; d < h; d++) for (var _ = i + Math.floor(d * o), y = 0; y < l; y++) t.get(s + Math.floor(y * o), _) && g.set(y, d);
		return g;
	}, r.moduleSize = function(t, e) {
		for (var n = e.getHeight(), o = e.getWidth(), i = t[0], a = t[1], s = !0, u = 0; i < o && a < n;) {
			if (s !== e.get(i, a)) {
				if (++u === 5) break;
				s = !s;
			}
			i++, a++;
		}
		if (i === o || a === n) throw new C();
		return (i - t[0]) / 7;
	}, r.NO_POINTS = new Array(), r;
})(), mt = (function() {
	function r(t, e) {
		this.width = t, this.height = e;
	}
	return r.prototype.getWidth = function() {
		return this.width;
	}, r.prototype.getHeight = function() {
		return this.height;
	}, r.prototype.isCropSupported = function() {
		return !1;
	}, r.prototype.crop = function(t, e, n, o) {
		throw new $("This luminance source does not support cropping.");
	}, r.prototype.isRotateSupported = function() {
		return !1;
	}, r.prototype.rotateCounterClockwise = function() {
		throw new $("This luminance source does not support rotation by 90 degrees.");
	}, r.prototype.rotateCounterClockwise45 = function() {
		throw new $("This luminance source does not support rotation by 45 degrees.");
	}, r.prototype.toString = function() {
		for (var t = new Uint8ClampedArray(this.width), e = new ut(), n = 0; n < this.height; n++) {
			for (var o = this.getRow(n, t), i = 0; i < this.width; i++) {
				var a = o[i] & 255, s = void 0;
				a < 64 ? s = "#" : a < 128 ? s = "+" : a < 192 ? s = "." : s = " ", e.append(s);
			}
			e.append(`
`);
		}
		return e.toString();
	}, r;
})(), Tr = (function() {
	var r = function(t, e) {
		return r = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(n, o) {
			n.__proto__ = o;
		} || function(n, o) {
			for (var i in o) Object.prototype.hasOwnProperty.call(o, i) && (n[i] = o[i]);
		}, r(t, e);
	};
	return function(t, e) {
		if (typeof e != "function" && e !== null) throw new TypeError("Class extends value " + String(e) + " is not a constructor or null");
		r(t, e);
		function n() {
			this.constructor = t;
		}
		t.prototype = e === null ? Object.create(e) : (n.prototype = e.prototype, new n());
	};
})(), Rr = (function(r) {
	Tr(t, r);
	function t(e) {
		var n = r.call(this, e.getWidth(), e.getHeight()) || this;
		return n.delegate = e, n;
	}
	return t.prototype.getRow = function(e, n) {
		for (var o = this.delegate.getRow(e, n), i = this.getWidth(), a = 0; a < i; a++) o[a] = 255 - (o[a] & 255);
		return o;
	}, t.prototype.getMatrix = function() {
		for (var e = this.delegate.getMatrix(), n = this.getWidth() * this.getHeight(), o = new Uint8ClampedArray(n), i = 0; i < n; i++) o[i] = 255 - (e[i] & 255);
		return o;
	}, t.prototype.isCropSupported = function() {
		return this.delegate.isCropSupported();
	}, t.prototype.crop = function(e, n, o, i) {
		return new t(this.delegate.crop(e, n, o, i));
	}, t.prototype.isRotateSupported = function() {
		return this.delegate.isRotateSupported();
	}, t.prototype.invert = function() {
		return this.delegate;
	}, t.prototype.rotateCounterClockwise = function() {
		return new t(this.delegate.rotateCounterClockwise());
	}, t.prototype.rotateCounterClockwise45 = function() {
		return new t(this.delegate.rotateCounterClockwise45());
	}, t;
})(mt), br = (function() {
	var r = function(t, e) {
		return r = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(n, o) {
			n.__proto__ = o;
		} || function(n, o) {
			for (var i in o) Object.prototype.hasOwnProperty.call(o, i) && (n[i] = o[i]);
		}, r(t, e);
	};
	return function(t, e) {
		if (typeof e != "function" && e !== null) throw new TypeError("Class extends value " + String(e) + " is not a constructor or null");
		r(t, e);
		function n() {
			this.constructor = t;
		}
		t.prototype = e === null ? Object.create(e) : (n.prototype = e.prototype, new n());
	};
})(), Pr = (function(r) {
	br(t, r);
	function t(e, n, o, i, a, s, u) {
		var l = r.call(this, n, o) || this;
		if (l.dataWidth = i, l.dataHeight = a, l.left = s, l.top = u, e.BYTES_PER_ELEMENT === 4) {
			for (var h = n * o, c = new Uint8ClampedArray(h), w = 0; w < h; w++) {
				var p = e[w], g = p >> 16 & 255, d = p >> 7 & 510, _ = p & 255;
				c[w] = (g + d + _) / 4 & 255;
			}
			l.luminances = c;
		} else l.luminances = e;
		if (i === void 0 && (l.dataWidth = n), a === void 0 && (l.dataHeight = o), s === void 0 && (l.left = 0), u === void 0 && (l.top = 0), l.left + n > l.dataWidth || l.top + o > l.dataHeight) throw new O("Crop rectangle does not fit within image data.");
		return l;
	}
	return t.prototype.getRow = function(e, n) {
		if (e < 0 || e >= this.getHeight()) throw new O("Requested row is outside the image: " + e);
		var o = this.getWidth();
		(n == null || n.length < o) && (n = new Uint8ClampedArray(o));
		var i = (e + this.top) * this.dataWidth + this.left;
		return B.arraycopy(this.luminances, i, n, 0, o), n;
	}, t.prototype.getMatrix = function() {
		var e = this.getWidth(), n = this.getHeight();
		if (e === this.dataWidth && n === this.dataHeight) return this.luminances;
		var o = e * n, i = new Uint8ClampedArray(o), a = this.top * this.dataWidth + this.left;
		if (e === this.dataWidth) return B.arraycopy(this.luminances, a, i, 0, o), i;
		for (var s = 0; s < n; s++) {
			var u = s * e;
			B.arraycopy(this.luminances, a, i, u, e), a += this.dataWidth;
		}
		return i;
	}, t.prototype.isCropSupported = function() {
		return !0;
	}, t.prototype.crop = function(e, n, o, i) {
		return new t(this.luminances, o, i, this.dataWidth, this.dataHeight, this.left + e, this.top + n);
	}, t.prototype.invert = function() {
		return new Rr(this);
	}, t;
})(mt);
function Br(r) {
	const t = r.reduce((o, i) => o + i, 0);
	if (r.some((o) => o === 0) || t < 7) return !1;
	const e = t / 7, n = e / 1.333;
	return Math.abs(e - r[0]) < n && Math.abs(e - r[1]) < n && Math.abs(3 * e - r[2]) < 3 * n && Math.abs(e - r[3]) < n && Math.abs(e - r[4]) < n;
}
function Dr(r, t, e) {
	const n = r.getCrossCheckStateCount(), o = r.image, i = (c) => o.get(e + c, t + c);
	let a = 0;
	const s = () => t >= a && e >= a;
	for (; s() && i(-a);) n[2]++, a++;
	if (n[2] === 0) return !1;
	for (; s() && !i(-a);) n[1]++, a++;
	if (n[1] === 0) return !1;
	for (; s() && i(-a);) n[0]++, a++;
	if (n[0] === 0) return !1;
	const u = o.getHeight(), l = o.getWidth(), h = () => t + a < u && e + a < l;
	for (a = 1; h() && i(a);) n[2]++, a++;
	for (; h() && !i(a);) n[3]++, a++;
	if (n[3] === 0) return !1;
	for (; h() && i(a);) n[4]++, a++;
	return n[4] === 0 ? !1 : Br(n);
}
const It = ft.prototype, Ur = ft.centerFromEnd;
It.handlePossibleCenter = function(r, t, e) {
	const n = r.reduce((u, l) => u + l, 0);
	let o = Ur(r, e);
	const i = this.crossCheckVertical(t, Math.floor(o), r[2], n);
	if (Number.isNaN(i) || (o = this.crossCheckHorizontal(Math.floor(o), Math.floor(i), r[2], n), Number.isNaN(o) || !Dr(this, Math.floor(i), Math.floor(o)))) return !1;
	const a = n / 7, s = this.possibleCenters.findIndex((u) => u.aboutEquals(a, i, o));
	if (s >= 0) this.possibleCenters[s] = this.possibleCenters[s].combineEstimate(i, o, a);
	else {
		const u = new Ot(o, i, a);
		this.possibleCenters.push(u), this.resultPointCallback?.foundPossibleResultPoint(u);
	}
	return !0;
};
const nt = (r, t) => (r.getX() - t.getX()) ** 2 + (r.getY() - t.getY()) ** 2;
It.selectBestPatterns = function() {
	const r = [...this.possibleCenters].sort((n, o) => n.getEstimatedModuleSize() - o.getEstimatedModuleSize());
	let t = null, e = 1 / 0;
	for (let n = 0; n < r.length - 2; n++) {
		const o = r[n];
		for (let i = n + 1; i < r.length - 1; i++) {
			const a = r[i], s = nt(o, a);
			for (let u = i + 1; u < r.length; u++) {
				const l = r[u];
				if (l.getEstimatedModuleSize() > o.getEstimatedModuleSize() * 1.4) continue;
				const [h, c, w] = [
					s,
					nt(a, l),
					nt(o, l)
				].sort((g, d) => g - d), p = Math.abs(w - 2 * c) + Math.abs(w - 2 * h);
				p < e && (e = p, t = [
					o,
					a,
					l
				]);
			}
		}
	}
	if (!t) throw new C();
	return t;
};
const gt = new Nr(), Fr = /* @__PURE__ */ new Map([[k.CHARACTER_SET, "UTF-8"]]);
function kr(r, t = new Uint8ClampedArray(r.length >> 2)) {
	for (let e = 0, n = 0; n < t.length; e += 4, n++) t[n] = r[e] * 77 + r[e + 1] * 150 + r[e + 2] * 29 >> 8;
	return t;
}
function dt(r, t, e, n) {
	try {
		let o = new Pr(r, t, e);
		return n && (o = o.invert()), gt.decode(new Dt(new Xt(o)), Fr).getText();
	} catch {
		return null;
	} finally {
		gt.reset();
	}
}
function Lr(r, t, e, n) {
	for (const o of n) {
		const i = o === "rotated" ? dt(Uint8ClampedArray.from(r).reverse(), t, e, !1) : dt(r, t, e, o === "inverted");
		if (i !== null) return {
			text: i,
			variant: o
		};
	}
	return {
		text: null,
		variant: null
	};
}
let G = null, it = null, yt = /* @__PURE__ */ new Uint8ClampedArray(0);
self.onmessage = (r) => {
	const { id: t, bitmap: e, variants: n } = r.data, o = performance.now(), { width: i, height: a } = e;
	(!G || G.width !== i || G.height !== a) && (G = new OffscreenCanvas(i, a), it = G.getContext("2d", { willReadFrequently: !0 }), yt = new Uint8ClampedArray(i * a)), it.drawImage(e, 0, 0), e.close();
	const s = it.getImageData(0, 0, i, a).data, u = {
		id: t,
		...Lr(kr(s, yt), i, a, n),
		ms: performance.now() - o
	};
	self.postMessage(u);
};

//# sourceMappingURL=decode-worker-BdgNVPz4.js.map